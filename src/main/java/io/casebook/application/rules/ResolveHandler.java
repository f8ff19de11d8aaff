package io.casebook.application.rules;

import io.casebook.application.attachments.AddAttachment;
import io.casebook.application.attachments.NewAttachment;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.RuleGroupStore;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.UserComment;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.rules.CaseIdentity;
import io.casebook.domain.rules.ResolvePolicy;
import io.casebook.domain.rules.Rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What resolved alerts do to the rule's cases holding them (any window, not only the current one). Their
 * status on the case is the stored alert's, already updated by ingestion; here the rule may add one comment
 * per case and batch, and close a case once every alert in it is resolved.
 */
final class ResolveHandler {

    private final RuleGroupStore groups;
    private final CaseStore cases;
    private final AttachmentStore locks;
    private final CaseAlertStore caseAlerts;
    private final AddAttachment attachments;
    private final RuleCaseUpdates updates;

    ResolveHandler(RuleGroupStore groups, CaseStore cases, AttachmentStore locks, CaseAlertStore caseAlerts,
                   AddAttachment attachments, RuleCaseUpdates updates) {
        this.groups = groups;
        this.cases = cases;
        this.locks = locks;
        this.caseAlerts = caseAlerts;
        this.attachments = attachments;
        this.updates = updates;
    }

    void resolve(RoutingContext ctx, List<ClaimedAlert> resolved) {
        Rule rule = ctx.rule();
        ResolvePolicy policy = rule.onResolved();
        if (!policy.comment() && !policy.closeWhenAllResolved()) {
            return;
        }
        Map<String, ClaimedAlert> byId = resolved.stream()
                .collect(Collectors.toMap(ClaimedAlert::alertId, Function.identity(), (a, b) -> a));
        Map<String, List<HeldAlert>> byCase = groups.casesHolding(rule.id(), rule.space(), byId.keySet()).stream()
                .collect(Collectors.groupingBy(HeldAlert::caseId, LinkedHashMap::new, Collectors.toList()));
        byCase.forEach((caseId, held) -> {
            holdSeries(ctx, CaseIdentity.seriesOf(held.get(0).ruleKey()));
            if (!locks.lockCase(rule.space(), caseId)) {
                return;
            }
            Case c = cases.find(rule.space(), caseId).orElseThrow();
            if (policy.comment()) {
                String text = comment(held.stream().map(h -> byId.get(h.alertId()).alert().title()).toList());
                // The case's owner, not the rule's: a rule whose owner was changed still comments on its older cases.
                c = attachments.attachForRule(ctx.request(), caseId,
                        new NewAttachment(c.getOwner(), new UserComment(text)));
                ctx.changed(c);
            }
            if (policy.closeWhenAllResolved() && c.getStatus() != CaseStatus.CLOSED && allResolved(c)) {
                ctx.changed(updates.status(ctx.request(), c, CaseStatus.CLOSED));
            }
        });
    }

    /**
     * A case of another series (a storm case, or a window of a group the alert has since left) is changed
     * only under its series' row, as every other change to it is. Taking that row after our own group's
     * could deadlock, so it is taken only if free; if not, the batch waits for the next poll.
     */
    private void holdSeries(RoutingContext ctx, String series) {
        if (ctx.holds(series)) {
            return;
        }
        if (groups.tryLockExisting(series).isEmpty() && groups.find(series).isPresent()) {
            throw new RoutingBusyException("rule group " + series);
        }
        ctx.held(series);
    }

    /** Every alert of the case is a stored alert, and resolved (an alert attached by hand keeps it open). */
    private boolean allResolved(Case c) {
        Map<String, String> statuses = caseAlerts.alertStatuses(c.getId());
        return !statuses.isEmpty() && statuses.size() == c.getTotalAlerts()
                && statuses.values().stream().allMatch(AlertStatus.RESOLVED.wire()::equals);
    }

    static String comment(List<String> titles) {
        if (titles.size() == 1) {
            return "Alert " + titles.get(0) + " resolved";
        }
        String list = titles.stream().map(t -> "- " + t).collect(Collectors.joining("\n"));
        return RuleCaseContent.fit(titles.size() + " alerts resolved:\n" + list, CaseLimits.MAX_COMMENT_LENGTH);
    }
}
