package io.casebook.application.connectors;

import io.casebook.connector.spi.PushFailedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When a failed push is tried again: exponential backoff (x2 per attempt from the initial delay, +-50% jitter,
 * never past the maximum), the server's Retry-After capped, the create look-up delay after an unanswered create,
 * and no attempt past the last.
 */
class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final int MAX_ATTEMPTS = 8;
    private static final Duration INITIAL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);
    private static final Duration LOOKUP_DELAY = Duration.ofSeconds(30);
    private static final int SAMPLES = 400;

    private final RetrySchedule schedule = new RetrySchedule(new PushSettings(MAX_ATTEMPTS, INITIAL, MAX_BACKOFF,
            MAX_RETRY_AFTER, LOOKUP_DELAY, Duration.ofMinutes(2), Duration.ofSeconds(2), 4, 50, 2));
    private final PushFailedException outage = PushFailedException.transientFailure("503", null, null);

    @Test
    void delaysGrowAboutTwofoldPerAttemptWithinFiftyPercentJitter() {
        double previousMean = 0;
        for (int attempt = 1; attempt <= 4; attempt++) { // 1, 2, 4, 8 s: below the 20 s maximum
            List<Duration> waits = waits(attempt, outage, false);
            long base = INITIAL.toMillis() << (attempt - 1);
            assertThat(waits).as("attempt %d", attempt).allSatisfy(w -> assertThat(w.toMillis())
                    .isBetween(base / 2, base + base / 2));
            double mean = waits.stream().mapToLong(Duration::toMillis).average().orElseThrow();
            assertThat(mean).as("mean wait after attempt %d", attempt).isBetween(base * 0.9, base * 1.1);
            if (previousMean > 0) {
                assertThat(mean / previousMean).as("growth to attempt %d", attempt).isBetween(1.7, 2.3);
            }
            previousMean = mean;
        }
    }

    @Test
    void delaysVaryFromOneCallToTheNextSoEnginesDoNotRetryInStep() {
        Set<Duration> distinct = new HashSet<>(waits(3, outage, false));

        assertThat(distinct).hasSizeGreaterThan(SAMPLES / 4);
    }

    @Test
    void delaysNeverExceedTheMaximumBackoffWhateverTheAttempt() {
        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            assertThat(waits(attempt, outage, false)).as("attempt %d", attempt)
                    .allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(MAX_BACKOFF));
        }
        // Late attempts sit at the maximum, still spread below it rather than all at one instant.
        assertThat(waits(7, outage, false)).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(MAX_BACKOFF.dividedBy(2)));
    }

    @Test
    void theServersRetryAfterIsHonouredExactlyAndCappedAtTheConfiguredMaximum() {
        assertThat(wait(1, PushFailedException.transientFailure("429", Duration.ofSeconds(7), null), false))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(wait(1, PushFailedException.transientFailure("429", Duration.ofDays(365), null), false))
                .isEqualTo(MAX_RETRY_AFTER);
        assertThat(wait(1, PushFailedException.transientFailure("429", Duration.ofSeconds(Long.MAX_VALUE), null),
                false)).isEqualTo(MAX_RETRY_AFTER);
    }

    @Test
    void afterTheLastAttemptOrAFinalFailureTheScheduleSaysStop() {
        assertThat(schedule.next(MAX_ATTEMPTS - 1, outage, false, NOW)).isPresent();
        assertThat(schedule.next(MAX_ATTEMPTS, outage, false, NOW)).isEmpty();
        assertThat(schedule.next(MAX_ATTEMPTS + 1, outage, false, NOW)).isEmpty();
        assertThat(schedule.next(1, new PushFailedException("400 Field title is invalid"), false, NOW)).isEmpty();
        assertThat(schedule.maxAttempts()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void aCreateLeftUnansweredWaitsAtLeastTheLookUpDelayOtherFailuresDoNot() {
        PushFailedException timedOut = PushFailedException.unanswered("Cannot reach: Read timed out", null);

        assertThat(waits(1, timedOut, true)).allSatisfy(w -> assertThat(w).isEqualTo(LOOKUP_DELAY));
        // An update that timed out, or a create the vendor answered with 503, looks nothing up: usual backoff.
        assertThat(waits(1, timedOut, false)).allSatisfy(w -> assertThat(w).isLessThan(Duration.ofSeconds(2)));
        assertThat(waits(1, outage, true)).allSatisfy(w -> assertThat(w).isLessThan(Duration.ofSeconds(2)));
        // A longer wait the server asked for still stands.
        PushFailedException busy = PushFailedException.transientFailure("429", Duration.ofMinutes(5), null);
        assertThat(wait(1, busy, true)).isEqualTo(Duration.ofMinutes(5));
        // Still bounded by the attempts.
        assertThat(schedule.next(MAX_ATTEMPTS, timedOut, true, NOW)).isEmpty();
    }

    @Test
    void negativeDelaysOrAMaximumBelowTheInitialBackoffAreRefused() {
        assertThatThrownBy(() -> new PushSettings(MAX_ATTEMPTS, INITIAL, MAX_BACKOFF, MAX_RETRY_AFTER,
                Duration.ofSeconds(-1), Duration.ofMinutes(2), Duration.ofSeconds(2), 4, 50, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new PushSettings(MAX_ATTEMPTS, INITIAL, Duration.ofMillis(500), MAX_RETRY_AFTER,
                LOOKUP_DELAY, Duration.ofMinutes(2), Duration.ofSeconds(2), 4, 50, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum backoff");
    }

    private List<Duration> waits(int attempts, PushFailedException failure, boolean creating) {
        return IntStream.range(0, SAMPLES).mapToObj(i -> wait(attempts, failure, creating)).toList();
    }

    private Duration wait(int attempts, PushFailedException failure, boolean creating) {
        return Duration.between(NOW, schedule.next(attempts, failure, creating, NOW).orElseThrow());
    }
}
