package io.casebook.application.ingest;

import java.time.Instant;

/**
 * A queued alert message that could not be processed, kept on the dead-letter queue with the reason:
 * {@code receivedAt} is when Casebook first took it, {@code deadLetteredAt} when it last landed there.
 */
public record DeadLetter(String id, String reason, String format, Instant receivedAt, Instant deadLetteredAt,
                         String body) {
}
