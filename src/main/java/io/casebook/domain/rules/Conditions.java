package io.casebook.domain.rules;

import io.casebook.domain.alert.Alert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code match} vocabulary of rules.yaml as conditions: field tests (equals, in, regex, exists, numeric
 * compare) and their combinations (all, any, not). A test on a field the alert lacks is false (except
 * {@code exists: false}), so {@code not} of it is true.
 */
public final class Conditions {

    /** The numeric comparisons: gt, gte, lt, lte. */
    public enum Comparison {
        GT, GTE, LT, LTE;

        boolean holds(int order) {
            return switch (this) {
                case GT -> order > 0;
                case GTE -> order >= 0;
                case LT -> order < 0;
                case LTE -> order <= 0;
            };
        }
    }

    private Conditions() {
    }

    public static AlertCondition all(List<AlertCondition> conditions) {
        return new All(List.copyOf(conditions));
    }

    public static AlertCondition any(List<AlertCondition> conditions) {
        return new Any(List.copyOf(conditions));
    }

    public static AlertCondition not(AlertCondition condition) {
        return new Not(condition);
    }

    /** The field equals {@code expected}: a String, Boolean or Number (see {@link ScalarMatch}). */
    public static AlertCondition equalTo(String path, Object expected) {
        return new In(path, List.of(expected));
    }

    public static AlertCondition in(String path, List<?> expected) {
        return new In(path, List.copyOf(expected));
    }

    /** The field's text contains a match of {@code pattern} (anchor it with ^ and $ for a whole match). */
    public static AlertCondition matches(String path, Pattern pattern) {
        return new Matches(path, pattern);
    }

    public static AlertCondition exists(String path, boolean exists) {
        return new Exists(path, exists);
    }

    /** The field is a number (or numeric text) and compares to {@code bound} as {@code comparison} says. */
    public static AlertCondition compare(String path, Comparison comparison, BigDecimal bound) {
        return new Compare(path, comparison, bound);
    }

    private record All(List<AlertCondition> conditions) implements AlertCondition {
        public boolean test(Alert alert) {
            return conditions.stream().allMatch(c -> c.test(alert));
        }
    }

    private record Any(List<AlertCondition> conditions) implements AlertCondition {
        public boolean test(Alert alert) {
            return conditions.stream().anyMatch(c -> c.test(alert));
        }
    }

    private record Not(AlertCondition condition) implements AlertCondition {
        public boolean test(Alert alert) {
            return !condition.test(alert);
        }
    }

    private record In(String path, List<Object> expected) implements AlertCondition {
        public boolean test(Alert alert) {
            Optional<Object> actual = AlertFields.resolve(alert, path);
            return actual.isPresent() && expected.stream().anyMatch(e -> ScalarMatch.equal(actual.get(), e));
        }
    }

    private record Matches(String path, Pattern pattern) implements AlertCondition {
        public boolean test(Alert alert) {
            return AlertFields.resolve(alert, path).filter(ScalarMatch::isScalar)
                    .map(v -> pattern.matcher(String.valueOf(v)).find()).orElse(false);
        }
    }

    private record Exists(String path, boolean exists) implements AlertCondition {
        public boolean test(Alert alert) {
            return AlertFields.resolve(alert, path).isPresent() == exists;
        }
    }

    private record Compare(String path, Comparison comparison, BigDecimal bound) implements AlertCondition {
        public boolean test(Alert alert) {
            return AlertFields.resolve(alert, path).flatMap(ScalarMatch::number)
                    .map(n -> comparison.holds(n.compareTo(bound))).orElse(false);
        }
    }
}
