package io.casebook.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a rule's value compares to an alert's: labels are always text and fields keep their JSON type, so a
 * rule number matches the same number written either way ({@code 500} equals label {@code "500"} and field
 * {@code 500.0}), a rule boolean matches {@code true}/{@code "true"}, and rule text compares as exact text
 * ({@code "1.10"} does not equal {@code "1.1"}). Maps and lists never match a scalar.
 */
final class ScalarMatch {

    private ScalarMatch() {
    }

    static boolean isScalar(Object value) {
        return !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
    }

    static boolean equal(Object actual, Object expected) {
        if (!isScalar(actual)) {
            return false;
        }
        if (expected instanceof Number number) {
            Optional<BigDecimal> value = number(actual);
            return value.isPresent() && value.get().compareTo(decimal(number)) == 0;
        }
        return String.valueOf(actual).equals(String.valueOf(expected));
    }

    /** The value as a number: a JSON number, or text that reads as one; empty for anything else. */
    static Optional<BigDecimal> number(Object value) {
        if (value instanceof Number number) {
            return Optional.ofNullable(decimalOrNull(number));
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Optional.of(new BigDecimal(text.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static BigDecimal decimal(Number number) {
        BigDecimal decimal = decimalOrNull(number);
        if (decimal == null) {
            throw new IllegalArgumentException(number + " is not a finite number");
        }
        return decimal;
    }

    private static BigDecimal decimalOrNull(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            // NaN and infinities compare to nothing: no match rather than an error while routing.
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return new BigDecimal(number.toString());
    }
}
