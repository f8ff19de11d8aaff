package io.casebook.application.rules;

import io.casebook.application.Times;
import io.casebook.application.ingest.AlertQuery;
import io.casebook.application.port.AlertStore;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.RuleGroupStore;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.rules.BreakerPeriod;
import io.casebook.domain.rules.CaseIdentity;
import io.casebook.domain.rules.GroupKey;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.RuleSet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code POST /api/rules/_test}: which rules take an alert, its group, and the case it would join, decided by
 * the same {@link SlotDecision} as routing, from committed state only (nothing is locked or written).
 */
public class RuleDryRun {

    private final RuleBook ruleBook;
    private final RuleGroupStore groups;
    private final CaseStore cases;
    private final CaseAlertStore caseAlerts;
    private final AlertStore alerts;
    private final RuleCaseContent content;
    private final Clock clock;

    RuleDryRun(RuleBook ruleBook, RuleGroupStore groups, CaseStore cases, CaseAlertStore caseAlerts, AlertStore alerts,
               RuleCaseContent content, Clock clock) {
        this.ruleBook = ruleBook;
        this.groups = groups;
        this.cases = cases;
        this.caseAlerts = caseAlerts;
        this.alerts = alerts;
        this.content = content;
        this.clock = clock;
    }

    public List<DryRunResult> test(List<Alert> incoming) {
        RuleSet rules = ruleBook.current();
        Instant now = Times.now(clock);
        return incoming.stream().map(alert -> new DryRunResult(alert, rules.rulesFor(alert).stream().map(rule -> {
            GroupKey key = GroupKey.of(rule, alert);
            return new DryRunResult.Match(rule.id(), rule.name(), key.grouping(), key.value(),
                    outcome(rule, key, alert, now));
        }).toList())).toList();
    }

    private DryRunResult.Outcome outcome(Rule rule, GroupKey key, Alert alert, Instant now) {
        Optional<String> stored = storedId(alert);
        if (alert.status() == AlertStatus.ACKNOWLEDGED) {
            return DryRunResult.Outcome.of("none", "an acknowledged alert changes nothing on its case");
        }
        if (alert.status() == AlertStatus.RESOLVED) {
            return stored.flatMap(id -> groups.casesHolding(rule.id(), rule.space(), List.of(id)).stream().findFirst())
                    .flatMap(held -> cases.find(rule.space(), held.caseId()))
                    .map(c -> DryRunResult.Outcome.of("resolve", "the alert is in this case: its status there "
                            + "becomes resolved" + (rule.onResolved().closeWhenAllResolved()
                            ? ", and the case closes once all its alerts are resolved" : ""), c))
                    .orElse(DryRunResult.Outcome.of("none", "a resolved alert opens no case, and no case of "
                            + "this rule holds it"));
        }
        GroupState state = groups.find(key.value()).orElse(null);
        Optional<Case> current = Optional.ofNullable(state).map(GroupState::caseId)
                .flatMap(id -> cases.find(rule.space(), id));
        SlotDecision d = SlotDecision.decide(state, current, rule.window().duration(), rule.reopenClosed(), now);
        return switch (d.step()) {
            case JOIN, REOPEN -> existing(rule, state, current.orElseThrow(), d, stored);
            case RECREATE -> new DryRunResult.Outcome("recreate", d.reason(), state.caseId(), null,
                    content.title(rule, alert), null);
            case NEW_CASE -> newCase(rule, alert, d, now);
        };
    }

    private DryRunResult.Outcome existing(Rule rule, GroupState state, Case c, SlotDecision d,
                                          Optional<String> stored) {
        String action = d.step() == SlotDecision.Step.JOIN ? "join" : "reopen";
        List<String> window = IntStream.rangeClosed(0, state.continuation()).mapToObj(n ->
                new CaseIdentity(rule.id(), state.key(), state.counter(), n).caseId()).toList();
        if (stored.isPresent() && caseAlerts.alertIdsInCases(window).contains(stored.get())) {
            return DryRunResult.Outcome.of("already-attached", "the alert is already in this window's cases; "
                    + d.reason(), c);
        }
        if (c.getTotalAlerts() >= Math.min(rule.maxAlertsPerCase(), CaseLimits.MAX_ALERTS_PER_CASE)) {
            return DryRunResult.Outcome.of("continuation", "the case is full (" + c.getTotalAlerts()
                    + " alerts): a continuation case linking back to it would open", c);
        }
        return DryRunResult.Outcome.of(action, d.reason(), c);
    }

    private DryRunResult.Outcome newCase(Rule rule, Alert alert, SlotDecision d, Instant now) {
        if (rule.breaker() != null) {
            BreakerPeriod period = BreakerPeriod.of(now, rule.breaker().period());
            Optional<GroupState> breaker = groups.find(period.key(rule));
            if (breaker.isPresent() && breaker.get().casesOpened() >= rule.breaker().maxNewCases()) {
                String why = d.reason() + ", but the rule's breaker tripped: it opened "
                        + breaker.get().casesOpened() + " cases since " + period.start();
                return Optional.ofNullable(breaker.get().caseId()).flatMap(id -> cases.find(rule.space(), id))
                        .map(storm -> DryRunResult.Outcome.of("storm", why, storm))
                        .orElseGet(() -> DryRunResult.Outcome.newCase("storm", why,
                                content.storm(rule, List.of(alert), period).title()));
            }
        }
        return DryRunResult.Outcome.newCase("new", d.reason(), content.title(rule, alert));
    }

    private Optional<String> storedId(Alert alert) {
        return alerts.search(new AlertQuery(List.of(alert.source()), List.of(), List.of(), List.of(alert.fingerprint()),
                null, null), 0, 1).alerts().stream().findFirst().map(s -> s.id());
    }
}
