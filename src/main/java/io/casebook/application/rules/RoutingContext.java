package io.casebook.application.rules;

import io.casebook.domain.Case;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.casebook.application.RequestContext;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.rules.Rule;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One routing transaction: its rule, its time, the group row it holds, other rows it took, what it did. */
final class RoutingContext {

    private final Rule rule;
    private final Instant now;
    private final Slot group;
    private final RoutingTally tally;
    private final Set<String> heldKeys = new HashSet<>();
    /** The cases this transaction changed, as last left, by id: what a rule's auto_push pushes. */
    private final Map<String, Case> changed = new LinkedHashMap<>();

    RoutingContext(Rule rule, Instant now, Slot group, RoutingTally tally) {
        this.rule = rule;
        this.now = now;
        this.group = group;
        this.tally = tally;
        heldKeys.add(group.key());
    }

    Rule rule() {
        return rule;
    }

    Instant now() {
        return now;
    }

    Slot group() {
        return group;
    }

    RoutingTally tally() {
        return tally;
    }

    RequestContext request() {
        return RulesUser.in(rule.space());
    }

    /** The rule's cap, never above Kibana's 1,000 alerts per case. */
    int alertLimit() {
        return Math.min(rule.maxAlertsPerCase(), CaseLimits.MAX_ALERTS_PER_CASE);
    }

    /** Whether this transaction already holds the row of {@code key} (taken once, never twice). */
    boolean holds(String key) {
        return heldKeys.contains(key);
    }

    void held(String key) {
        heldKeys.add(key);
    }

    void changed(Case c) {
        changed.put(c.getId(), c);
    }

    Collection<Case> changedCases() {
        return changed.values();
    }
}
