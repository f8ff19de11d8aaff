package io.casebook.adapter.out.http;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * RFC 9110 {@code Retry-After}: delay-seconds or an HTTP-date in any of the three forms §5.6.7 says a recipient
 * must accept (IMF-fixdate, the obsolete RFC 850 and asctime forms; HttpClient's own DateUtils reads neither
 * RFC 850's full day name nor asctime without a zone); null when absent or unreadable. A date already past
 * means now; a delay too large for a {@code long} is the longest wait there is (the retry schedule caps it),
 * not no advice.
 */
final class RetryAfter {

    private static final BigInteger MAX_SECONDS = BigInteger.valueOf(Long.MAX_VALUE);
    /** {@code Sun Nov  6 08:49:37 1994}: the day of the month padded with a space. */
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.US).withZone(ZoneOffset.UTC);

    private RetryAfter() {
    }

    static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) { // delay-seconds = 1*DIGIT
            return Duration.ofSeconds(new BigInteger(v).min(MAX_SECONDS).longValueExact());
        }
        for (DateTimeFormatter form : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(clock), ASCTIME)) {
            try {
                Duration until = Duration.between(clock.instant(), Instant.from(form.parse(v)));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return null;
    }

    /**
     * {@code Sunday, 06-Nov-94 08:49:37 GMT}; its two-digit year is read as the one less than 50 years ahead, as
     * RFC 9110 says.
     */
    private static DateTimeFormatter rfc850(Clock clock) {
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        return new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, thisYear - 49).appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    }
}
