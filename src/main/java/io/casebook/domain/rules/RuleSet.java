package io.casebook.domain.rules;

import io.casebook.domain.alert.Alert;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules in file order. An alert goes to the first rule that matches, and on to later ones while the
 * matching rule says {@code continue}; an alert no rule takes is dropped and counted (a catch-all rule at
 * the end, one with no {@code match}, takes everything instead).
 */
public record RuleSet(List<Rule> rules) {

    public static final RuleSet EMPTY = new RuleSet(List.of());

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /**
     * The rules that take the alert, in order, each targeted at the alert's integration when it came through one
     * ({@link Rule#targetedFor}); empty when it is to be dropped.
     */
    public List<Rule> rulesFor(Alert alert) {
        List<Rule> taken = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.match().test(alert)) {
                taken.add(rule.targetedFor(alert));
                if (!rule.continueMatching()) {
                    break;
                }
            }
        }
        return taken;
    }
}
