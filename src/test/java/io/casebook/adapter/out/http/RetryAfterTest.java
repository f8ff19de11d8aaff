package io.casebook.adapter.out.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 9110 §10.2.3 {@code Retry-After}: delay-seconds, or an HTTP-date in any of the three forms §5.6.7 says a
 * recipient must accept (IMF-fixdate, obsolete RFC 850, asctime); anything else is no advice at all.
 */
class RetryAfterTest {

    /** Sunday 1 March 2026, 10:00:00 UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void delaySecondsIsThatManySeconds() {
        assertThat(RetryAfter.parse("120", CLOCK)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", CLOCK)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anHttpDateIsTheTimeLeftUntilThenInEachFormTheRfcRequires() {
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:02:00 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Sunday, 01-Mar-26 10:02:00 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Sun Mar  1 10:02:00 2026", CLOCK)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sat, 28 Feb 2026 23:59:59 GMT", CLOCK)).isEqualTo(Duration.ZERO);
    }

    @Test
    void junkNegativeOrAbsentIsNoAdvice() {
        assertThat(RetryAfter.parse(null, CLOCK)).isNull();
        assertThat(RetryAfter.parse("  ", CLOCK)).isNull();
        assertThat(RetryAfter.parse("soon", CLOCK)).isNull();
        assertThat(RetryAfter.parse("1.5", CLOCK)).isNull();
        assertThat(RetryAfter.parse("-5", CLOCK)).isNull();
        assertThat(RetryAfter.parse("Mon, 01 Mar 2026 10:02:00 GMT", CLOCK)).as("wrong weekday").isNull();
        assertThat(RetryAfter.parse("2026-03-01T10:02:00Z", CLOCK)).as("not an HTTP-date").isNull();
    }

    @Test
    void aDelayTooLongToCountIsStillALongWaitNotNone() {
        // Beyond a long: the server wants us gone for a very long time; the schedule caps it, it must not be ignored.
        assertThat(RetryAfter.parse("99999999999999999999999", CLOCK)).isGreaterThan(Duration.ofDays(365));
    }
}
