package io.casebook.domain.rules;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a group's case absorbs alerts, counted from when the case was opened ({@code 30m}, {@code 7d}). */
public record TimeWindow(Duration duration) {

    public static final TimeWindow DEFAULT = new TimeWindow(Duration.ofDays(7));
    private static final Pattern SYNTAX = Pattern.compile("^([1-9][0-9]{0,8})([smhdw])$");

    public TimeWindow {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("a time window must be positive");
        }
    }

    /** Parses {@code <n><unit>} with units s, m, h, d, w. */
    public static TimeWindow parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time window: expected a positive number "
                    + "followed by s, m, h, d or w (e.g. 30m, 7d)");
        }
        long n = Long.parseLong(m.group(1));
        return new TimeWindow(switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        });
    }
}
