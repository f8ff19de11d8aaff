package io.casebook.application.rules;

import io.casebook.application.Times;
import io.casebook.application.port.RoutingQueue;
import io.casebook.application.port.RuleGroupStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.rules.GroupKey;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.RuleSet;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes one unit (one rule's group's share of a batch) in one transaction: holds the group's row, claims
 * the alerts, applies their waiting events in order, and marks them routed. The k-th events of all alerts are
 * applied together, so the batch makes one attachment per case, not one per alert.
 */
final class GroupRouting {

    /** A claimed alert, the events this rule still has to apply, and every rule that takes the alert. */
    private record Work(ClaimedAlert claimed, List<ClaimedAlert.Event> events, Set<String> rules,
                        Map<String, Set<String>> done) {
    }

    private final Transactions tx;
    private final RoutingQueue queue;
    private final RuleGroupStore groups;
    private final CaseTargeting targeting;
    private final AlertAttacher attacher;
    private final ResolveHandler resolver;
    private final RulePushes pushes;
    private final Clock clock;

    GroupRouting(Transactions tx, RoutingQueue queue, RuleGroupStore groups, CaseTargeting targeting,
                 AlertAttacher attacher, ResolveHandler resolver, RulePushes pushes, Clock clock) {
        this.tx = tx;
        this.queue = queue;
        this.groups = groups;
        this.targeting = targeting;
        this.attacher = attacher;
        this.resolver = resolver;
        this.pushes = pushes;
        this.clock = clock;
    }

    RoutingTally route(RoutingUnit unit, RuleSet rules) {
        RoutingTally tally = new RoutingTally();
        Rule rule = unit.rule();
        tx.run(() -> {
            Instant now = Times.now(clock);
            Optional<GroupState> group = groups.tryLock(GroupState.fresh(unit.key().value(), GroupState.Kind.GROUP,
                    rule.id(), rule.space(), rule.owner(), unit.key().groupingJson()));
            if (group.isEmpty()) {
                return; // another consumer is deciding about this group: its alerts wait for the next poll
            }
            List<Work> work = work(queue.claim(unit.alertIds()), unit, rules);
            if (work.isEmpty()) {
                return;
            }
            RoutingContext ctx = new RoutingContext(rule, now, new Slot(groups, group.get()), tally);
            int rounds = work.stream().mapToInt(w -> w.events().size()).max().orElse(0);
            for (int i = 0; i < rounds; i++) {
                List<ClaimedAlert> firing = at(work, i, AlertStatus.FIRING);
                if (!firing.isEmpty()) {
                    attacher.attach(ctx, targeting.target(ctx, AlertAttacher.alerts(firing)), firing);
                }
                // An acknowledged alert changes nothing on its case: it is still happening.
                List<ClaimedAlert> resolved = at(work, i, AlertStatus.RESOLVED);
                if (!resolved.isEmpty()) {
                    resolver.resolve(ctx, resolved);
                }
            }
            markDone(work, rule, now);
            if (rule.autoPush()) {
                // In the same commit as the changes: a change never lands without its push, nor the reverse.
                ctx.changedCases().forEach(pushes::request);
            }
            tally.matched(rule.id(), work.size());
        });
        return tally;
    }

    /**
     * The claimed alerts that still belong to this unit (an alert that changed group since the batch was
     * read is left for the next poll), with the events this rule has not applied yet.
     */
    private List<Work> work(List<ClaimedAlert> claimed, RoutingUnit unit, RuleSet rules) {
        List<Work> work = new ArrayList<>();
        for (ClaimedAlert c : claimed) {
            List<Rule> taking = rules.rulesFor(c.alert());
            Set<String> ruleIds = new HashSet<>(taking.stream().map(Rule::id).toList());
            // Its rule as targeted for it now (its integration's space and owner may differ from the unit's).
            Optional<Rule> mine = taking.stream().filter(r -> r.id().equals(unit.rule().id())).findFirst();
            if (mine.isEmpty() || !GroupKey.of(mine.get(), c.alert()).equals(unit.key())) {
                continue;
            }
            Map<String, Set<String>> done = ruleIds.size() == 1 ? Map.of()
                    : queue.rulesDone(c.events().stream().map(ClaimedAlert.Event::id).toList());
            List<ClaimedAlert.Event> todo = c.events().stream()
                    .filter(e -> !done.getOrDefault(e.id(), Set.of()).contains(unit.rule().id())).toList();
            if (!todo.isEmpty()) {
                work.add(new Work(c, todo, ruleIds, done));
            }
        }
        return work;
    }

    private static List<ClaimedAlert> at(List<Work> work, int round, AlertStatus status) {
        return work.stream().filter(w -> w.events().size() > round && w.events().get(round).status() == status)
                .map(Work::claimed).toList();
    }

    /** An event is routed once every rule that takes its alert has applied it. */
    private void markDone(List<Work> work, Rule rule, Instant now) {
        List<String> routed = new ArrayList<>();
        for (Work w : work) {
            List<String> applied = w.events().stream().map(ClaimedAlert.Event::id).toList();
            if (w.rules().size() == 1) {
                routed.addAll(applied);
                continue;
            }
            queue.ruleDone(applied, rule.id());
            for (ClaimedAlert.Event e : w.claimed().events()) {
                Set<String> done = new HashSet<>(w.done().getOrDefault(e.id(), Set.of()));
                if (applied.contains(e.id())) {
                    done.add(rule.id());
                }
                if (done.containsAll(w.rules())) {
                    routed.add(e.id());
                }
            }
        }
        queue.markRouted(routed, now);
    }
}
