package io.casebook.application.security;

import io.casebook.domain.alert.Alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the ingest authenticator settled about an alert sender, for the ingest handlers: the formats it may post
 * (empty = any), the labels its alerts must carry ({@code ingest_source}, or a PagerDuty integration's
 * {@code integration}, {@code integration_space}, {@code integration_owner}), the reserved label names no other
 * sender may set, and, on {@code /v2/enqueue} only, a refusal the handler must answer in PagerDuty's words (the
 * routing key is in the body, so only that handler can speak PagerDuty's language).
 */
public record IngestGrant(String sender, Set<String> formats, Map<String, String> labels, Set<String> reserved,
                          Refusal refusal, long retryAfterSeconds) {

    /** Labels Casebook sets itself once ingest.yaml configures senders: a sender never chooses them. */
    public static final Set<String> RESERVED_LABELS = Set.of("ingest_source", "integration", "integration_space",
            "integration_owner");

    /** Why a {@code /v2/enqueue} request must be refused, once the event itself has been checked. */
    public enum Refusal { NONE, UNKNOWN_ROUTING_KEY, THROTTLED }

    /** A sender with no grant of its own: any format, no labels added, none removed (as before ingest.yaml). */
    public static final IngestGrant OPEN = new IngestGrant(null, Set.of(), Map.of(), Set.of(), Refusal.NONE, 0);

    public IngestGrant {
        formats = Set.copyOf(formats);
        labels = Map.copyOf(labels);
        reserved = Set.copyOf(reserved);
        if (refusal == null) {
            refusal = Refusal.NONE;
        }
    }

    public boolean permits(String format) {
        return formats.isEmpty() || formats.contains(format);
    }

    public IngestGrant refused(Refusal why, long retryAfter) {
        return new IngestGrant(sender, formats, labels, reserved, why, retryAfter);
    }

    /** The alert with the reserved labels removed and this sender's labels set (they win over the sender's). */
    public Alert stamp(Alert alert) {
        if (labels.isEmpty() && reserved.stream().noneMatch(alert.labels()::containsKey)) {
            return alert;
        }
        Map<String, String> stamped = new LinkedHashMap<>(alert.labels());
        stamped.keySet().removeAll(reserved);
        stamped.putAll(labels);
        return new Alert(alert.source(), alert.fingerprint(), alert.status(), alert.severity(), alert.title(),
                alert.description(), stamped, alert.fields(), alert.startsAt(), alert.endsAt(), alert.links(),
                alert.rule(), alert.groupKey());
    }
}
