package io.casebook.adapter.in.rest.cases;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elasticsearch date math as Kibana's {@code from}/{@code to} pass it to a date range: {@code now}, an ISO date
 * ({@code strict_date_optional_time}) or epoch millis, optionally followed by {@code ||} and operations
 * ({@code +1d}, {@code -7d}, {@code /d}). As in a range query, a lower bound rounds down and an inclusive upper
 * bound rounds up (to the last millisecond of the unit, also for missing date parts: {@code 2024-03-01} as
 * {@code to} means the whole day). Times without an offset are UTC.
 */
final class KibanaDateMath {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2})"
            + "(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?)?)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{5,}");
    private static final Pattern OPERATION = Pattern.compile("([+-])(\\d*)([yMwdhHms])|/([yMwdhHms])");

    private KibanaDateMath() {
    }

    /** The instant {@code expression} names, or empty when it is not valid date math. */
    static Optional<Instant> parse(String expression, Instant now, boolean roundUp) {
        String text = expression.trim();
        Instant anchor;
        String operations;
        if (text.startsWith("now")) {
            anchor = now;
            operations = text.substring(3);
        } else {
            int bars = text.indexOf("||");
            String date = bars < 0 ? text : text.substring(0, bars);
            operations = bars < 0 ? "" : text.substring(bars + 2);
            // Like Elasticsearch, missing date parts round up only for a bare date, not an anchor before "||".
            Optional<Instant> parsed = date(date, roundUp && bars < 0);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            anchor = parsed.get();
        }
        return apply(anchor, operations, roundUp);
    }

    private static Optional<Instant> apply(Instant anchor, String operations, boolean roundUp) {
        LocalDateTime time = LocalDateTime.ofInstant(anchor, ZoneOffset.UTC);
        Matcher m = OPERATION.matcher(operations);
        int at = 0;
        while (at < operations.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.empty();
            }
            if (m.group(4) != null) {
                time = roundUp ? floor(time, m.group(4)).plus(1, unit(m.group(4))).minus(1, ChronoUnit.MILLIS)
                        : floor(time, m.group(4));
            } else {
                long amount = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
                time = time.plus(m.group(1).equals("-") ? -amount : amount, unit(m.group(3)));
            }
            at = m.end();
        }
        return Optional.of(time.toInstant(ZoneOffset.UTC));
    }

    private static Optional<Instant> date(String text, boolean roundUp) {
        if (EPOCH_MILLIS.matcher(text).matches()) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime start = LocalDateTime.of(Integer.parseInt(m.group(1)), part(m.group(2), 1),
                    part(m.group(3), 1), part(m.group(4), 0), part(m.group(5), 0), part(m.group(6), 0),
                    m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9)));
            ChronoUnit precision = precision(m);
            LocalDateTime value = roundUp && precision != null
                    ? start.plus(1, precision).minus(1, ChronoUnit.MILLIS) : start;
            ZoneOffset offset = m.group(8) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            return Optional.of(value.toInstant(offset));
        } catch (RuntimeException e) {
            return Optional.empty(); // 2024-13-45 and the like
        }
    }

    /** The smallest unit the date states, or null when it is complete to the millisecond or beyond. */
    private static ChronoUnit precision(Matcher m) {
        if (m.group(2) == null) {
            return ChronoUnit.YEARS;
        } else if (m.group(3) == null) {
            return ChronoUnit.MONTHS;
        } else if (m.group(4) == null) {
            return ChronoUnit.DAYS;
        } else if (m.group(5) == null) {
            return ChronoUnit.HOURS;
        } else if (m.group(6) == null) {
            return ChronoUnit.MINUTES;
        } else if (m.group(7) == null) {
            return ChronoUnit.SECONDS;
        }
        return null;
    }

    private static int part(String digits, int fallback) {
        return digits == null ? fallback : Integer.parseInt(digits);
    }

    private static LocalDateTime floor(LocalDateTime time, String unit) {
        return switch (unit) {
            case "y" -> time.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
            case "M" -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case "w" -> time.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> time.truncatedTo(unit(unit));
        };
    }

    private static ChronoUnit unit(String unit) {
        return switch (unit) {
            case "y" -> ChronoUnit.YEARS;
            case "M" -> ChronoUnit.MONTHS;
            case "w" -> ChronoUnit.WEEKS;
            case "d" -> ChronoUnit.DAYS;
            case "h", "H" -> ChronoUnit.HOURS;
            case "m" -> ChronoUnit.MINUTES;
            default -> ChronoUnit.SECONDS;
        };
    }
}
