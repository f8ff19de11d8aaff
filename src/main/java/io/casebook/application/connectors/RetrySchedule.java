package io.casebook.application.connectors;

import io.casebook.connector.spi.PushFailedException;
import io.github.resilience4j.core.IntervalFunction;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed push is tried again: never for a final failure or once the attempts are spent; otherwise after
 * the server's Retry-After (capped) or an exponential backoff with jitter, so engines retrying the same outage
 * do not all come back in the same second. A push whose create may have reached the system unanswered waits at
 * least the create look-up delay, so the look-up that starts the next attempt can see what that create made.
 */
final class RetrySchedule {

    private final int maxAttempts;
    private final Duration maxRetryAfter;
    private final Duration createLookupDelay;
    private final IntervalFunction backoff;

    RetrySchedule(PushSettings settings) {
        this.maxAttempts = settings.maxAttempts();
        this.maxRetryAfter = settings.maxRetryAfter();
        this.createLookupDelay = settings.createLookupDelay();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The next attempt after {@code attempts} failed ones (the last being {@code failure}); empty: give up.
     * {@code creating}: the failed attempt had no external record yet, so it may have been creating one.
     */
    Optional<Instant> next(int attempts, PushFailedException failure, boolean creating, Instant now) {
        if (!failure.retryable() || attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = failure.retryAfter()
                .map(asked -> asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked)
                .orElseGet(() -> Duration.ofMillis(backoff.apply(attempts)));
        // Jira Cloud's search is eventually consistent: a look-up right after a lost create may not find the
        // issue yet, and the attempt would create a second one.
        if (creating && failure.unanswered() && wait.compareTo(createLookupDelay) < 0) {
            wait = createLookupDelay;
        }
        return Optional.of(now.plus(wait));
    }
}
