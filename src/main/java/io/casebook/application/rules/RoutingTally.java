package io.casebook.application.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * What routing did, counted per transaction and handed to {@link RuleCounters} only once it committed (a
 * rolled-back attempt counts nothing).
 */
final class RoutingTally {

    private final Map<String, Integer> matched = new HashMap<>();
    private final Map<String, Integer> created = new HashMap<>();
    private int dropped;
    private int routed;

    void matched(String ruleId, int alerts) {
        matched.merge(ruleId, alerts, Integer::sum);
        routed += alerts;
    }

    void caseCreated(String ruleId) {
        created.merge(ruleId, 1, Integer::sum);
    }

    void dropped(int alerts) {
        dropped += alerts;
        routed += alerts;
    }

    /** Alerts whose events this tally routed (matched or dropped). */
    int routed() {
        return routed;
    }

    RoutingTally add(RoutingTally other) {
        other.matched.forEach((k, v) -> matched.merge(k, v, Integer::sum));
        other.created.forEach((k, v) -> created.merge(k, v, Integer::sum));
        dropped += other.dropped;
        routed += other.routed;
        return this;
    }

    void applyTo(RuleCounters counters) {
        matched.forEach(counters::matched);
        created.forEach((rule, n) -> {
            for (int i = 0; i < n; i++) {
                counters.caseCreated(rule);
            }
        });
        if (dropped > 0) {
            counters.dropped(dropped);
        }
    }
}
