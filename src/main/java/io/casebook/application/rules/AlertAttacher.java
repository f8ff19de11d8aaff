package io.casebook.application.rules;

import io.casebook.application.attachments.AddAttachment;
import io.casebook.application.attachments.NewAttachment;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.domain.AlertRule;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.Case;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.rules.CaseIdentity;
import io.casebook.domain.rules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Puts a batch's firing alerts into their case as one alert attachment (one user action) per case: alerts
 * already in the window's cases are skipped, what does not fit goes on into continuation cases (never
 * dropped), and with a raising severity policy a more severe alert raises the case's severity.
 */
final class AlertAttacher {

    private final CaseAlertStore caseAlerts;
    private final AddAttachment attachments;
    private final CaseTargeting targeting;
    private final RuleCaseUpdates updates;

    AlertAttacher(CaseAlertStore caseAlerts, AddAttachment attachments, CaseTargeting targeting,
                  RuleCaseUpdates updates) {
        this.caseAlerts = caseAlerts;
        this.attachments = attachments;
        this.targeting = targeting;
        this.updates = updates;
    }

    void attach(RoutingContext ctx, CaseTargeting.Target target, List<ClaimedAlert> firing) {
        Slot slot = target.slot();
        Set<String> inWindow = caseAlerts.alertIdsInCases(windowCaseIds(slot));
        List<ClaimedAlert> fresh = firing.stream().filter(a -> !inWindow.contains(a.alertId())).toList();
        Case current = target.theCase();
        int from = 0;
        while (from < fresh.size()) {
            int room = ctx.alertLimit() - current.getTotalAlerts();
            if (room <= 0) {
                current = targeting.continuation(ctx, slot, alerts(fresh.subList(from, fresh.size())));
                continue;
            }
            List<ClaimedAlert> chunk = fresh.subList(from, Math.min(fresh.size(), from + room));
            current = attachments.attachForRule(ctx.request(), current.getId(),
                    new NewAttachment(ctx.rule().owner(), content(ctx.rule(), chunk)));
            current = raiseSeverity(ctx, current, chunk);
            ctx.changed(current);
            from += chunk.size();
        }
    }

    /** Every case of the series' current window: its first case and the continuations opened so far. */
    private static List<String> windowCaseIds(Slot slot) {
        CaseIdentity current = slot.current();
        return IntStream.rangeClosed(0, current.continuation())
                .mapToObj(n -> new CaseIdentity(current.ruleId(), current.seriesKey(), current.counter(), n).caseId())
                .toList();
    }

    /** Kibana's alert attachment: parallel ids and indices (the alert's source), and the rule. */
    private static AttachedAlerts content(Rule rule, List<ClaimedAlert> chunk) {
        List<String> ids = new ArrayList<>(chunk.size());
        List<String> indices = new ArrayList<>(chunk.size());
        for (ClaimedAlert a : chunk) {
            ids.add(a.alertId());
            indices.add(a.alert().source());
        }
        return new AttachedAlerts(ids, indices, new AlertRule(rule.id(), rule.name()));
    }

    private Case raiseSeverity(RoutingContext ctx, Case c, List<ClaimedAlert> joined) {
        if (!ctx.rule().template().severity().raise()) {
            return c;
        }
        Severity wanted = RuleCaseContent.severity(ctx.rule(), alerts(joined));
        return wanted.compareTo(c.getSeverity()) > 0 ? updates.severity(ctx.request(), c, wanted) : c;
    }

    static List<Alert> alerts(List<ClaimedAlert> claimed) {
        return claimed.stream().map(ClaimedAlert::alert).toList();
    }
}
