package io.casebook.application.connectors;

import java.time.Duration;

/**
 * How pushes are retried and paced: attempts before giving up, the backoff between them (doubling from
 * {@code initialBackoff} up to {@code maxBackoff}, with jitter), the least wait after a create that got no answer
 * ({@code createLookupDelay}, for search indexes to catch up), how long a claim lasts, how long auto-pushes wait
 * for more changes to the same case, and how many pushes run at once (overall and per connector).
 */
public record PushSettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                           Duration createLookupDelay, Duration lease, Duration coalesce, int threads,
                           int batchSize, int maxConcurrentPerConnector) {

    public PushSettings {
        if (maxAttempts < 1 || threads < 1 || batchSize < 1 || maxConcurrentPerConnector < 1) {
            throw new IllegalArgumentException("push attempts, threads, batch size and concurrency must be >= 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()
                || createLookupDelay.isNegative()) {
            throw new IllegalArgumentException("push delays must be >= 0, and the maximum backoff >= the initial");
        }
    }
}
