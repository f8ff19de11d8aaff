package io.casebook.domain.rules;

import java.time.Duration;

/**
 * A storm guard: once a rule has opened {@code maxNewCases} cases within {@code period}, its further alerts
 * go into one storm case until the period ends, instead of opening more.
 */
public record CircuitBreaker(int maxNewCases, Duration period) {

    public CircuitBreaker {
        if (maxNewCases < 1) {
            throw new IllegalArgumentException("max_new_cases must be at least 1");
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("the breaker period must be positive");
        }
    }
}
