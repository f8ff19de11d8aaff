package io.casebook.application.rules;

import io.casebook.application.port.RoutingQueue;
import io.casebook.domain.rules.GroupKey;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drains the alert events waiting for the rules, a batch at a time (the {@code rules-router} route calls
 * {@link #drain} on a timer): alerts no rule takes are dropped and counted, the others are split into units
 * (rule and group, in the order their oldest event arrived) that {@link UnitRunner} routes.
 */
public class AlertRouter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertRouter.class);
    /** Batches per poll at most, so a backlog does not keep the poll (and a shutdown) waiting. */
    private static final int MAX_BATCHES_PER_POLL = 20;

    private final RuleBook ruleBook;
    private final RuleCounters counters;
    private final RoutingQueue queue;
    private final UnitRunner runner;
    private final int batchSize;
    private boolean lastPollFailed;

    /** Batch size, parallel units, and attempts before an event is parked. */
    public record RouterSettings(int batchSize, int threads, int maxAttempts) {
        public RouterSettings {
            if (batchSize < 1 || threads < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("router batch size, threads and attempts must be at least 1");
            }
        }
    }

    AlertRouter(RuleBook ruleBook, RuleCounters counters, RoutingQueue queue, UnitRunner runner, int batchSize) {
        this.ruleBook = ruleBook;
        this.counters = counters;
        this.queue = queue;
        this.runner = runner;
        this.batchSize = batchSize;
    }

    /** One poll: routes batches until none is left (or a poll's worth); answers how many alerts were routed. */
    public int drain() {
        int routed = 0;
        try {
            for (int i = 0; i < MAX_BATCHES_PER_POLL; i++) {
                List<PendingAlert> pending = queue.pending(batchSize);
                int progress = pending.isEmpty() ? 0 : route(pending);
                routed += progress;
                // Nothing routed: the rest is held by other consumers or failing; the next poll tries again.
                if (pending.size() < batchSize || progress == 0) {
                    break;
                }
            }
            lastPollFailed = false;
        } catch (RuntimeException e) {
            // The database is unreachable, most likely: say so once, not every poll.
            if (!lastPollFailed) {
                LOG.warn("Alert routing paused: {}", e.toString());
            }
            lastPollFailed = true;
        }
        return routed;
    }

    private int route(List<PendingAlert> pending) {
        RuleSet rules = ruleBook.current();
        Map<String, RoutingUnit> units = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (PendingAlert p : pending) {
            try {
                List<Rule> taking = rules.rulesFor(p.alert());
                if (taking.isEmpty()) {
                    dropped.add(p.alertId());
                }
                for (Rule rule : taking) {
                    GroupKey key = GroupKey.of(rule, p.alert());
                    String unit = rule.id() + "\u0000" + key.value();
                    units.putIfAbsent(unit, new RoutingUnit(rule, key, List.of()));
                    members.computeIfAbsent(unit, k -> new ArrayList<>()).add(p.alertId());
                }
            } catch (RuntimeException e) {
                runner.failed(List.of(p.alertId()), "evaluating the rules", e);
            }
        }
        RoutingTally tally = dropped.isEmpty() ? new RoutingTally() : runner.drop(dropped, rules);
        tally.add(runner.runAll(units.entrySet().stream().map(e -> new RoutingUnit(e.getValue().rule(),
                e.getValue().key(), members.get(e.getKey()))).toList(), rules));
        tally.applyTo(counters);
        return tally.routed();
    }

    @Override
    public void close() {
        runner.close();
    }
}
