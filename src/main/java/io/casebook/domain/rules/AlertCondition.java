package io.casebook.domain.rules;

import io.casebook.domain.alert.Alert;

/** One {@code match} condition of a rule (equals, in, regex, exists, numeric compare, all/any/not). */
@FunctionalInterface
public interface AlertCondition {

    AlertCondition ALWAYS = alert -> true;

    boolean test(Alert alert);
}
