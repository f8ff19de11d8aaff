package io.casebook.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alerts attached to a case (Kibana type {@code alert}): parallel lists of alert ids and the indices they live
 * in, raised by one rule. Kibana accepts a string or an array for each; both become lists here, as Kibana
 * itself stores them once duplicates are filtered.
 */
public record AttachedAlerts(List<String> alertIds, List<String> indices, AlertRule rule)
        implements AttachmentContent {

    /** Elasticsearch's limit on an {@code _id}; also bounds the stored columns. */
    public static final int MAX_ID_LENGTH = 512;

    public AttachedAlerts {
        if (alertIds == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"alertId\"");
        }
        if (indices == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"index\"");
        }
        if (rule == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"rule\"");
        }
        // Kibana's decodeCommentRequest: one index per id, so an alert is never looked up in the wrong index.
        if (alertIds.size() != indices.size()) {
            throw CasesException.invalid("Received an alert comment with ids and indices arrays of different "
                    + "lengths ids: " + jsonArray(alertIds) + " indices: " + jsonArray(indices));
        }
        if (alertIds.isEmpty()) {
            throw CasesException.invalid("Invalid value \"[]\" supplied to \"alertId\"");
        }
        // Kibana's alert limiter counts the alerts of the request: more than a case may hold is refused.
        if (alertIds.size() > CaseLimits.MAX_ALERTS_PER_CASE) {
            throw AttachmentRules.tooManyAlertsForCase();
        }
        alertIds.forEach(id -> FieldRules.requireText("alertId", id, MAX_ID_LENGTH));
        indices.forEach(index -> FieldRules.requireText("index", index, MAX_ID_LENGTH));
        alertIds = List.copyOf(alertIds);
        indices = List.copyOf(indices);
    }

    @Override
    public AttachmentType type() {
        return AttachmentType.ALERT;
    }

    /**
     * These alerts less those already in the case and repeats within the list (Kibana's
     * {@code filterDuplicatedAttachments}); empty when nothing new is left to attach.
     */
    public Optional<AttachedAlerts> without(Set<String> alreadyAttached) {
        Set<String> seen = new HashSet<>(alreadyAttached);
        List<String> ids = new ArrayList<>();
        List<String> keptIndices = new ArrayList<>();
        for (int i = 0; i < alertIds.size(); i++) {
            if (seen.add(alertIds.get(i))) {
                ids.add(alertIds.get(i));
                keptIndices.add(indices.get(i));
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(new AttachedAlerts(ids, keptIndices, rule));
    }

    private static String jsonArray(List<String> values) {
        return values.stream()
                .map(v -> v == null ? "null" : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
