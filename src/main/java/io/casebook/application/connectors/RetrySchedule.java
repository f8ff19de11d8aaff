package io.casebook.application.connectors;

import io.casebook.connector.spi.PushFailedException;
import io.github.resilience4j.core.IntervalFunction;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed push is tried again: never for a final failure or once the attempts are spent; otherwise after
 * the server's Retry-After (capped) or an exponential backoff with jitter, so engines retrying the same outage
 * do not all come back in the same second.
 */
final class RetrySchedule {

    private final int maxAttempts;
    private final Duration maxRetryAfter;
    private final IntervalFunction backoff;

    RetrySchedule(PushSettings settings) {
        this.maxAttempts = settings.maxAttempts();
        this.maxRetryAfter = settings.maxRetryAfter();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The next attempt after {@code attempts} failed ones (the last being {@code failure}); empty: give up. */
    Optional<Instant> next(int attempts, PushFailedException failure, Instant now) {
        if (!failure.retryable() || attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = failure.retryAfter()
                .map(asked -> asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked)
                .orElseGet(() -> Duration.ofMillis(backoff.apply(attempts)));
        return Optional.of(now.plus(wait));
    }
}
