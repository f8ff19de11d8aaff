package io.casebook.application.rules;

import io.casebook.application.Times;
import io.casebook.application.port.RoutingQueue;
import io.casebook.application.port.Transactions;
import io.casebook.domain.rules.GroupKey;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drains the alert events waiting for the rules, a batch at a time: alerts no rule takes are dropped (and
 * counted), the others are split into units (rule and group) routed each in its own transaction, in
 * parallel when configured. A unit that fails is retried alert by alert, so one poison alert holds back
 * nobody else; its events count the failed attempts and are parked after the last one.
 */
public class AlertRouter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertRouter.class);
    /** Batches per poll at most, so a backlog does not keep the poll (and a shutdown) waiting. */
    private static final int MAX_BATCHES_PER_POLL = 20;

    private final RuleBook ruleBook;
    private final RuleCounters counters;
    private final RoutingQueue queue;
    private final GroupRouting routing;
    private final Transactions tx;
    private final Clock clock;
    private final RouterSettings settings;
    private final ExecutorService workers;
    private boolean lastPollFailed;

    /** Batch size, parallel units, and attempts before an event is parked. */
    public record RouterSettings(int batchSize, int threads, int maxAttempts) {
        public RouterSettings {
            if (batchSize < 1 || threads < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("router batch size, threads and attempts must be at least 1");
            }
        }
    }

    AlertRouter(RuleBook ruleBook, RuleCounters counters, RoutingQueue queue, GroupRouting routing, Transactions tx,
                Clock clock, RouterSettings settings) {
        this.ruleBook = ruleBook;
        this.counters = counters;
        this.queue = queue;
        this.routing = routing;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.workers = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "casebook-router");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** One poll: routes batches until none is left (or a poll's worth); answers how many alerts were routed. */
    public int drain() {
        int routed = 0;
        try {
            for (int i = 0; i < MAX_BATCHES_PER_POLL; i++) {
                List<PendingAlert> pending = queue.pending(settings.batchSize());
                int progress = pending.isEmpty() ? 0 : route(pending);
                routed += progress;
                if (pending.size() < settings.batchSize() || progress == 0) {
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
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, RoutingUnit> units = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (PendingAlert p : pending) {
            try {
                List<Rule> taking = rules.rulesFor(p.alert());
                if (taking.isEmpty()) {
                    dropped.add(p.alertId());
                }
                for (Rule rule : taking) {
                    GroupKey key = GroupKey.of(rule, p.alert());
                    String id = rule.id() + "\u0000" + key.value();
                    members.computeIfAbsent(id, k -> new ArrayList<>()).add(p.alertId());
                    units.putIfAbsent(id, new RoutingUnit(rule, key, List.of()));
                }
            } catch (RuntimeException e) {
                failed(List.of(p.alertId()), "evaluating the rules", e);
            }
        }
        RoutingTally tally = new RoutingTally();
        if (!dropped.isEmpty()) {
            tally.add(unitSafely(() -> drop(dropped, rules), dropped, "dropping"));
        }
        List<RoutingUnit> work = units.entrySet().stream()
                .map(e -> new RoutingUnit(e.getValue().rule(), e.getValue().key(), members.get(e.getKey()))).toList();
        tally.add(runAll(work, rules));
        tally.applyTo(counters);
        return tally.routed();
    }

    private RoutingTally runAll(List<RoutingUnit> work, RuleSet rules) {
        RoutingTally tally = new RoutingTally();
        if (workers == null) {
            work.forEach(unit -> tally.add(routeUnit(unit, rules)));
            return tally;
        }
        List<Future<RoutingTally>> futures = work.stream()
                .map(unit -> workers.submit(() -> routeUnit(unit, rules))).toList();
        for (Future<RoutingTally> f : futures) {
            try {
                tally.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while routing", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return tally;
    }

    private RoutingTally routeUnit(RoutingUnit unit, RuleSet rules) {
        try {
            return routing.route(unit, rules);
        } catch (RoutingBusyException e) {
            return busy();
        } catch (RuntimeException e) {
            if (unit.alertIds().size() == 1) {
                failed(unit.alertIds(), "rule " + unit.rule().id(), e);
                return new RoutingTally();
            }
            LOG.debug("Routing {} alerts of rule {} together failed ({}); routing them one by one",
                    unit.alertIds().size(), unit.rule().id(), e.toString());
            RoutingTally tally = new RoutingTally();
            unit.alertIds().forEach(id -> tally.add(routeUnit(unit.only(id), rules)));
            return tally;
        }
    }

    /** Alerts no rule takes: their events are routed without a case, and counted as dropped. */
    private RoutingTally drop(List<String> alertIds, RuleSet rules) {
        RoutingTally tally = new RoutingTally();
        tx.run(() -> {
            List<ClaimedAlert> claimed = queue.claim(alertIds).stream()
                    .filter(c -> rules.rulesFor(c.alert()).isEmpty()).toList();
            queue.markRouted(claimed.stream().flatMap(c -> c.events().stream()).map(ClaimedAlert.Event::id).toList(),
                    Times.now(clock));
            tally.dropped(claimed.size());
        });
        return tally;
    }

    private RoutingTally unitSafely(java.util.function.Supplier<RoutingTally> work, List<String> alertIds, String what) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            failed(alertIds, what, e);
            return new RoutingTally();
        }
    }

    private void failed(List<String> alertIds, String what, RuntimeException e) {
        String error = what + ": " + e;
        LOG.warn("Routing alert(s) {} failed ({}); their events stay waiting", alertIds, error);
        int parked = queue.recordFailure(alertIds, error, settings.maxAttempts(), Times.now(clock));
        if (parked > 0) {
            LOG.error("Parked {} event(s) of alert(s) {} after {} failed routing attempts; last error: {}", parked,
                    alertIds, settings.maxAttempts(), error);
        }
    }

    private static RoutingTally busy() {
        RoutingTally t = new RoutingTally();
        t.busy();
        return t;
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
