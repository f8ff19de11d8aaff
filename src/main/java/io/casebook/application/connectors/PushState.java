package io.casebook.application.connectors;

import java.time.Instant;

/**
 * What the outbox holds for one case and connector: a push waiting ({@code pending}, with when it is due and
 * the last error if it already failed), being sent ({@code delivering}), or given up on ({@code failed}).
 */
public record PushState(String connectorId, String state, PushReason reason, int attempts, Instant dueAt,
                        String lastError, Instant lastAttemptAt) {
}
