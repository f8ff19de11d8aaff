package io.casebook.domain.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The circuit-breaker period an instant falls in. Periods are fixed and aligned to the epoch, so every
 * consumer and instance agrees on them without talking to each other; the key names the rule's breaker (and
 * storm case) for the period.
 */
public record BreakerPeriod(Instant start, Duration length) {

    public static BreakerPeriod of(Instant now, Duration period) {
        long millis = period.toMillis();
        return new BreakerPeriod(Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis), period);
    }

    public Instant end() {
        return start.plus(length);
    }

    public String key(Rule rule) {
        return Sha256.hex(StableJson.of(List.of("breaker", rule.id(), rule.space(), rule.owner().wire(),
                start.toEpochMilli())));
    }
}
