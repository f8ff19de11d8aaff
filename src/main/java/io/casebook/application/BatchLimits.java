package io.casebook.application;

import io.casebook.domain.CasesException;
import io.casebook.domain.FieldRules;

import java.util.List;

/** Size limits of bulk requests (1..max ids or cases), worded as Kibana's {@code limitedArraySchema}. */
final class BatchLimits {

    private BatchLimits() {
    }

    static <T> List<T> requireBetween(String field, List<T> values, int min, int max) {
        if (values == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"" + field + "\"");
        }
        if (values.size() < min) {
            throw CasesException.invalid("The length of the field " + field
                    + " is too short. Array must be of length >= " + min + ".");
        }
        return FieldRules.requireMaxItems(field, values, max);
    }
}
