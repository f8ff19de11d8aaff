package io.casebook.application.rules;

import io.casebook.domain.rules.RuleSet;

import java.util.concurrent.atomic.AtomicReference;

/** The rules in force: swapped whole when rules.yaml is reloaded, read by the router for every alert. */
public class RuleBook {

    private final AtomicReference<RuleSet> current = new AtomicReference<>(RuleSet.EMPTY);

    public RuleSet current() {
        return current.get();
    }

    public void replace(RuleSet rules) {
        current.set(rules);
    }
}
