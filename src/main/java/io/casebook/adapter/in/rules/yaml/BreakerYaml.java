package io.casebook.adapter.in.rules.yaml;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.casebook.domain.rules.CircuitBreaker;
import io.casebook.domain.rules.TimeWindow;

/** {@code circuit_breaker: {max_new_cases: 20, period: 1h}}; both keys required. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BreakerYaml(Integer maxNewCases, TimeWindow period) {

    public BreakerYaml {
        if (maxNewCases == null || period == null) {
            throw new IllegalArgumentException("circuit_breaker needs max_new_cases and period");
        }
        if (maxNewCases < 1) {
            throw new IllegalArgumentException("max_new_cases must be at least 1");
        }
    }

    public CircuitBreaker toBreaker() {
        return new CircuitBreaker(maxNewCases, period.duration());
    }
}
