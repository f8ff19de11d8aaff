package io.casebook.domain;

import java.util.List;

/** Kibana's schema-helper checks for strings and arrays, producing its exact 400 messages. */
public final class FieldRules {

    private FieldRules() {
    }

    /** Trimmed length 1..max, as Kibana's {@code limitedStringSchema}. */
    public static String requireText(String field, String value, int max) {
        if (value == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"" + field + "\"");
        }
        if (value.trim().isEmpty()) {
            throw CasesException.invalid("The " + field + " field cannot be an empty string.");
        }
        if (value.trim().length() > max) {
            throw CasesException.invalid("The length of the " + field + " is too long. The maximum length is "
                    + max + ".");
        }
        return value;
    }

    /** Array length ≤ max, as Kibana's {@code limitedArraySchema}. */
    public static <T> List<T> requireMaxItems(String field, List<T> values, int max) {
        if (values != null && values.size() > max) {
            throw CasesException.invalid("The length of the field " + field
                    + " is too long. Array must be of length <= " + max + ".");
        }
        return values;
    }

    /** Tags: at most 200, each a non-empty string of at most 256 characters. */
    public static List<String> requireTags(List<String> tags) {
        if (tags == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"tags\"");
        }
        requireMaxItems("tags", tags, CaseLimits.MAX_TAGS_PER_CASE);
        for (String tag : tags) {
            requireText("tag", tag, CaseLimits.MAX_LENGTH_PER_TAG);
        }
        return tags.stream().map(String::trim).toList();
    }
}
