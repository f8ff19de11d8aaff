package io.casebook.domain;

import java.math.BigInteger;

/**
 * Checks one custom field value against its type, as Kibana's request schema does: text is a non-blank
 * string of at most 160 characters, toggle a boolean, number a safe integer (|n| ≤ 2^53 - 1); null fits any.
 */
public final class CustomFieldRules {

    /** JavaScript's Number.MAX_SAFE_INTEGER, Kibana's bound for number fields. */
    public static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

    private CustomFieldRules() {
    }

    /**
     * The value, normalised (integral numbers become Long), or a 400 naming {@code field}
     * ({@code value} for case values, {@code defaultValue} for definitions).
     */
    public static Object requireValue(String field, CustomFieldType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> {
                if (!(value instanceof String text)) {
                    throw wrongValue(field, value);
                }
                yield FieldRules.requireText(field, text, CaseLimits.MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH);
            }
            case TOGGLE -> {
                if (!(value instanceof Boolean)) {
                    throw wrongValue(field, value);
                }
                yield value;
            }
            case NUMBER -> safeInteger(field, value);
        };
    }

    private static Long safeInteger(String field, Object value) {
        if (!(value instanceof Number number)) {
            throw wrongValue(field, value);
        }
        boolean safe;
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            safe = number.longValue() >= -MAX_SAFE_INTEGER && number.longValue() <= MAX_SAFE_INTEGER;
        } else if (number instanceof BigInteger big) {
            safe = big.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) <= 0;
        } else {
            // 1.0 is the integer 1 in JSON; 1.5 and NaN are not (NaN != rint(NaN)).
            double d = number.doubleValue();
            safe = d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER;
        }
        if (!safe) {
            throw CasesException.invalid("The " + field
                    + " field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
        }
        return number.longValue();
    }

    /** io-ts words a value of the wrong JSON type this way; strings are quoted, other values are not. */
    static CasesException wrongValue(String field, Object value) {
        String shown = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return CasesException.invalid("Invalid value " + shown + " supplied to \"" + field + "\"");
    }
}
