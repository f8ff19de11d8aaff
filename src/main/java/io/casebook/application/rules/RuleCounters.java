package io.casebook.application.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the rules did since this instance started: alerts matched and cases created per rule, and alerts no
 * rule took. In memory on purpose: a shared counter row would serialise every routed alert.
 */
public class RuleCounters {

    /** One rule's counts at a point in time. */
    public record Counts(long alertsMatched, long casesCreated) {
    }

    private final Map<String, LongAdder> matched = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> created = new ConcurrentHashMap<>();
    private final LongAdder dropped = new LongAdder();

    public void matched(String ruleId, int alerts) {
        matched.computeIfAbsent(ruleId, k -> new LongAdder()).add(alerts);
    }

    public void caseCreated(String ruleId) {
        created.computeIfAbsent(ruleId, k -> new LongAdder()).increment();
    }

    public void dropped(int alerts) {
        dropped.add(alerts);
    }

    public Counts of(String ruleId) {
        return new Counts(sum(matched, ruleId), sum(created, ruleId));
    }

    public long droppedAlerts() {
        return dropped.sum();
    }

    private static long sum(Map<String, LongAdder> map, String key) {
        LongAdder adder = map.get(key);
        return adder == null ? 0 : adder.sum();
    }
}
