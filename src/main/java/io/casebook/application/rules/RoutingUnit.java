package io.casebook.application.rules;

import io.casebook.domain.rules.GroupKey;
import io.casebook.domain.rules.Rule;

import java.util.List;

/** The alerts of one poll batch that one rule puts in one group: routed together, in one transaction. */
public record RoutingUnit(Rule rule, GroupKey key, List<String> alertIds) {

    public RoutingUnit {
        alertIds = List.copyOf(alertIds);
    }

    /** The same unit for one of its alerts (to route it alone when the whole unit failed). */
    public RoutingUnit only(String alertId) {
        return new RoutingUnit(rule, key, List.of(alertId));
    }
}
