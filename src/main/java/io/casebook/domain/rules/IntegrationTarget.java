package io.casebook.domain.rules;

import io.casebook.domain.Owner;
import io.casebook.domain.alert.Alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The space and owner a PagerDuty integration of ingest.yaml fixes for its alerts, carried as the labels
 * {@code integration_space} and {@code integration_owner}. They decide where a rule's case goes, so only the
 * engine may set them: every alert arriving from outside has them removed ({@link #withoutTarget}) before the
 * authenticated integration's own are stamped on.
 */
public final class IntegrationTarget {

    public static final String SPACE_LABEL = "integration_space";
    public static final String OWNER_LABEL = "integration_owner";
    public static final Set<String> LABELS = Set.of(SPACE_LABEL, OWNER_LABEL);

    private IntegrationTarget() {
    }

    /** The alert without the target labels, as every sender's alert must be before the engine stamps its own. */
    public static Alert withoutTarget(Alert alert) {
        if (LABELS.stream().noneMatch(alert.labels()::containsKey)) {
            return alert;
        }
        Map<String, String> labels = new LinkedHashMap<>(alert.labels());
        labels.keySet().removeAll(LABELS);
        return new Alert(alert.source(), alert.fingerprint(), alert.status(), alert.severity(), alert.title(),
                alert.description(), labels, alert.fields(), alert.startsAt(), alert.endsAt(), alert.links(),
                alert.rule(), alert.groupKey());
    }

    /** The integration's space, when the alert came through one. */
    static Optional<String> space(Alert alert) {
        return Optional.ofNullable(alert.labels().get(SPACE_LABEL)).filter(s -> !s.isBlank());
    }

    /** The integration's owner, when the alert came through one (a value that names no owner is ignored). */
    static Optional<Owner> owner(Alert alert) {
        return Optional.ofNullable(alert.labels().get(OWNER_LABEL)).flatMap(Owner::fromWire);
    }
}
