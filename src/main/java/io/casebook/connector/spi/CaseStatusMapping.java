package io.casebook.connector.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional {@code caseStatusMapping} config every type that can follow a case's status declares: a case
 * status ({@code open}, {@code in-progress}, {@code closed}) to the external status to put the record in
 * (Jira: the status to transition to; ServiceNow: the {@code state} value; TheHive: the case status).
 * A status missing from the map leaves the external record's status alone.
 */
public final class CaseStatusMapping {

    public static final String KEY = "caseStatusMapping";
    public static final List<String> CASE_STATUSES = List.of("open", "in-progress", "closed");

    private final Map<String, String> targets;

    private CaseStatusMapping(Map<String, String> targets) {
        this.targets = targets;
    }

    /** The option to list in a type's {@link ConnectorType#options()}. */
    public static ConnectorOption option(String externalMeaning) {
        return ConnectorOption.optional(KEY, OptionType.MAP, null, "Case status (open, in-progress, closed) to "
                + externalMeaning + "; when set, closing or reopening a pushed case updates the external record");
    }

    /** The instance's mapping (empty when not configured); refuses keys that are not case statuses. */
    public static CaseStatusMapping of(Map<String, Object> config) {
        Object value = config == null ? null : config.get(KEY);
        Map<String, String> targets = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                String status = String.valueOf(e.getKey());
                if (!CASE_STATUSES.contains(status)) {
                    throw new ConnectorConfigException("[" + KEY + "." + status + "]: expected one of "
                            + CASE_STATUSES + " as a key");
                }
                if (e.getValue() != null && !e.getValue().toString().isBlank()) {
                    targets.put(status, e.getValue().toString());
                }
            }
        }
        return new CaseStatusMapping(Map.copyOf(targets));
    }

    /** True when some case status is mapped: the instance then follows closes and reopens on its own. */
    public boolean isEmpty() {
        return targets.isEmpty();
    }

    /** The external status for a case status, empty when that status is not mapped or not known (null). */
    public Optional<String> target(String caseStatus) {
        return caseStatus == null ? Optional.empty() : Optional.ofNullable(targets.get(caseStatus));
    }
}
