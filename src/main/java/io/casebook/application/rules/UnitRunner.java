package io.casebook.application.rules;

import io.casebook.application.Times;
import io.casebook.application.port.RoutingQueue;
import io.casebook.application.port.Transactions;
import io.casebook.domain.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch's units, in parallel when {@code casebook.rules.router-threads} says so. A unit that fails is
 * retried alert by alert, so one poison alert holds back nobody else; a failed alert's waiting events count
 * the attempt and keep the error, and are parked after the last attempt.
 */
final class UnitRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnitRunner.class);

    private final GroupRouting routing;
    private final RoutingQueue queue;
    private final Transactions tx;
    private final Clock clock;
    private final int maxAttempts;
    private final ExecutorService workers;

    UnitRunner(GroupRouting routing, RoutingQueue queue, Transactions tx, Clock clock, int threads, int maxAttempts) {
        this.routing = routing;
        this.queue = queue;
        this.tx = tx;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.workers = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "casebook-router");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    RoutingTally runAll(List<RoutingUnit> units, RuleSet rules) {
        RoutingTally tally = new RoutingTally();
        if (workers == null) {
            units.forEach(unit -> tally.add(run(unit, rules)));
            return tally;
        }
        List<Future<RoutingTally>> futures = new ArrayList<>();
        units.forEach(unit -> futures.add(workers.submit(() -> run(unit, rules))));
        for (Future<RoutingTally> f : futures) {
            try {
                tally.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while routing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return tally;
    }

    private RoutingTally run(RoutingUnit unit, RuleSet rules) {
        try {
            return routing.route(unit, rules);
        } catch (RoutingBusyException e) {
            return new RoutingTally(); // held elsewhere: the next poll
        } catch (RuntimeException e) {
            if (unit.alertIds().size() == 1) {
                failed(unit.alertIds(), "rule " + unit.rule().id(), e);
                return new RoutingTally();
            }
            LOG.debug("Routing {} alerts of rule {} together failed ({}); routing them one by one",
                    unit.alertIds().size(), unit.rule().id(), e.toString());
            RoutingTally tally = new RoutingTally();
            unit.alertIds().forEach(id -> tally.add(run(unit.only(id), rules)));
            return tally;
        }
    }

    /** Alerts no rule takes: their events are routed without a case, and counted as dropped. */
    RoutingTally drop(List<String> alertIds, RuleSet rules) {
        RoutingTally tally = new RoutingTally();
        try {
            tx.run(() -> {
                List<ClaimedAlert> claimed = queue.claim(alertIds).stream()
                        .filter(c -> rules.rulesFor(c.alert()).isEmpty()).toList();
                queue.markRouted(claimed.stream().flatMap(c -> c.events().stream()).map(ClaimedAlert.Event::id)
                        .toList(), Times.now(clock));
                tally.dropped(claimed.size());
            });
            return tally;
        } catch (RuntimeException e) {
            failed(alertIds, "dropping", e);
            return new RoutingTally();
        }
    }

    void failed(List<String> alertIds, String what, RuntimeException e) {
        String error = what + ": " + e;
        LOG.warn("Routing alert(s) {} failed ({}); their events stay waiting", alertIds, error);
        int parked = queue.recordFailure(alertIds, error, maxAttempts, Times.now(clock));
        if (parked > 0) {
            LOG.error("Parked {} event(s) of alert(s) {} after {} failed routing attempts; last error: {}", parked,
                    alertIds, maxAttempts, error);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
