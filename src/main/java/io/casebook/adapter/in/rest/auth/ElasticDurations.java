package io.casebook.adapter.in.rest.auth;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Elasticsearch time values as API key {@code expiration} takes them: {@code 1d}, {@code 12h}, {@code 30m}... */
public final class ElasticDurations {

    private static final Pattern VALUE = Pattern.compile("^(\\d{1,12})(ms|s|m|h|d)$");

    private ElasticDurations() {
    }

    /** The duration, or {@link IllegalArgumentException} with Elasticsearch's wording. */
    public static Duration parse(String text) {
        Matcher m = VALUE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("failed to parse setting [expiration] with value [" + text
                    + "] as a time value: unit is missing or unrecognized (use d, h, m, s or ms)");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
