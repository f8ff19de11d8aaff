package io.casebook.application.connectors;

import io.casebook.domain.User;

import java.time.Instant;

/**
 * One push waiting in, or claimed from, the outbox: which case goes to which connector, why, on whose behalf
 * ("Added by" and {@code pushed_by} name them), and how many attempts have failed so far.
 */
public record PushTicket(String id, String space, String caseId, String connectorId, PushReason reason,
                         User requestedBy, Instant requestedAt, int attempts) {

    /** The key that keeps one waiting push per case and connector. */
    public String pendingKey() {
        return space + "|" + caseId + "|" + connectorId;
    }
}
