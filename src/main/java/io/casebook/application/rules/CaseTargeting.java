package io.casebook.application.rules;

import io.casebook.application.CaseService;
import io.casebook.application.NewCase;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.RuleGroupStore;
import io.casebook.domain.Case;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.rules.BreakerPeriod;
import io.casebook.domain.rules.CaseIdentity;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.StableJson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the case a group's firing alerts go to: its current case (reopened when the decision says so), or a
 * new one under the next window counter, or, once the rule's breaker tripped for the period, the period's
 * storm case; and opens continuation cases when a case is full. Every case comes back locked.
 */
final class CaseTargeting {

    /** The case alerts go to, and the row of the series it belongs to (the group's, or the storm's). */
    record Target(Case theCase, Slot slot) {
    }

    /** A series of cases: the group's windows, or one breaker period's storm case. */
    private record Series(Slot slot, Duration window, Instant windowStart, boolean guarded,
                          Function<List<Alert>, NewCase> firstCase) {
    }

    private final CaseStore cases;
    private final AttachmentStore locks;
    private final RuleGroupStore groups;
    private final CaseService caseService;
    private final RuleCaseContent content;
    private final RuleCaseUpdates updates;

    CaseTargeting(CaseStore cases, AttachmentStore locks, RuleGroupStore groups, CaseService caseService,
                  RuleCaseContent content, RuleCaseUpdates updates) {
        this.cases = cases;
        this.locks = locks;
        this.groups = groups;
        this.caseService = caseService;
        this.content = content;
        this.updates = updates;
    }

    Target target(RoutingContext ctx, List<Alert> alerts) {
        Rule rule = ctx.rule();
        return target(ctx, new Series(ctx.group(), rule.window().duration(), ctx.now(), true,
                a -> content.first(rule, a)), alerts);
    }

    /** Opens the next continuation of the series' current window: its case is full. */
    Case continuation(RoutingContext ctx, Slot slot, List<Alert> alerts) {
        GroupState s = slot.state();
        CaseIdentity next = new CaseIdentity(s.ruleId(), s.key(), s.counter(), s.continuation() + 1);
        Case opened = open(ctx, next, continuationContent(ctx, next, alerts));
        slot.update(s.withCase(s.counter(), next.continuation(), opened.getId(), s.openedAt()), ctx.now());
        return opened;
    }

    private Target target(RoutingContext ctx, Series series, List<Alert> alerts) {
        GroupState s = series.slot().state();
        Optional<Case> current = Optional.ofNullable(s.caseId()).flatMap(id -> locked(ctx, id));
        SlotDecision decision = SlotDecision.decide(s, current, series.window(), ctx.rule().reopenClosed(), ctx.now());
        return switch (decision.step()) {
            case JOIN -> new Target(current.orElseThrow(), series.slot());
            case REOPEN -> new Target(updates.status(ctx.request(), current.orElseThrow(), CaseStatus.OPEN),
                    series.slot());
            case RECREATE -> {
                CaseIdentity same = series.slot().current();
                NewCase command = same.continuation() == 0 ? series.firstCase().apply(alerts)
                        : continuationContent(ctx, same, alerts);
                yield new Target(open(ctx, same, command), series.slot());
            }
            case NEW_CASE -> newCase(ctx, series, alerts);
        };
    }

    private Target newCase(RoutingContext ctx, Series series, List<Alert> alerts) {
        Rule rule = ctx.rule();
        if (series.guarded() && rule.breaker() != null) {
            BreakerPeriod period = BreakerPeriod.of(ctx.now(), rule.breaker().period());
            Slot breaker = breaker(ctx, period);
            if (breaker.state().casesOpened() >= rule.breaker().maxNewCases()) {
                return target(ctx, new Series(breaker, period.length(), period.start(), false,
                        a -> content.storm(rule, a, period)), alerts);
            }
            breaker.update(breaker.state().withCasesOpened(breaker.state().casesOpened() + 1), ctx.now());
        }
        GroupState s = series.slot().state();
        int counter = s.caseId() == null ? s.counter() : s.counter() + 1;
        Case opened = open(ctx, new CaseIdentity(rule.id(), s.key(), counter, 0), series.firstCase().apply(alerts));
        series.slot().update(s.withCase(counter, 0, opened.getId(), series.windowStart()), ctx.now());
        return new Target(opened, series.slot());
    }

    /**
     * The rule's breaker row for the period, waited for: every transaction takes its group row first and a
     * breaker row after, and never the other way round, so waiting here cannot deadlock.
     */
    private Slot breaker(RoutingContext ctx, BreakerPeriod period) {
        Rule rule = ctx.rule();
        String key = period.key(rule);
        GroupState state = groups.lock(GroupState.fresh(key, GroupState.Kind.BREAKER, rule.id(), rule.space(),
                rule.owner(), StableJson.of(Map.of("period_start", period.start().toString()))));
        ctx.held(key);
        return new Slot(groups, state);
    }

    private NewCase continuationContent(RoutingContext ctx, CaseIdentity identity, List<Alert> alerts) {
        Optional<Case> first = cases.findByRuleKey(identity.first().ruleKey());
        return content.continuation(ctx.rule(), alerts, first, identity.continuation());
    }

    private Case open(RoutingContext ctx, CaseIdentity identity, NewCase command) {
        CaseService.OpenedCase opened = caseService.createForRule(ctx.request(), command, identity);
        if (opened.created()) {
            ctx.tally().caseCreated(ctx.rule().id());
        }
        return locked(ctx, opened.theCase().getId()).orElseThrow();
    }

    private Optional<Case> locked(RoutingContext ctx, String caseId) {
        String space = ctx.rule().space();
        return locks.lockCase(space, caseId) ? cases.find(space, caseId) : Optional.empty();
    }
}
