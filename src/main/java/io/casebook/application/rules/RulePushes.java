package io.casebook.application.rules;

import io.casebook.domain.Case;

/** Where a rule with {@code auto_push} sends the cases it changed: queued pushes to each case's connector. */
@FunctionalInterface
public interface RulePushes {

    RulePushes NONE = c -> { };

    /** Called inside the routing transaction, once per changed case, with the case as the rule left it. */
    void request(Case c);
}
