package io.casebook.application.attachments;

import io.casebook.application.port.CaseAlertStore;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.AttachmentRules;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Brings alerts into a case under Kibana's rules: alerts already in the case are dropped (not attached or
 * counted twice), then the per-case (1,000) and per-alert (10 cases) limits are enforced on what is left.
 */
final class AlertAdmission {

    private final CaseAlertStore caseAlerts;

    AlertAdmission(CaseAlertStore caseAlerts) {
        this.caseAlerts = caseAlerts;
    }

    /** The alerts still to attach, limits checked; empty when every one of them is already in the case. */
    Optional<AttachedAlerts> admit(Case c, AttachedAlerts requested) {
        Set<String> inCase = caseAlerts.alertIdsInCase(c.getId());
        Optional<AttachedAlerts> fresh = requested.without(inCase);
        fresh.ifPresent(alerts -> {
            AttachmentRules.checkAlertsPerCase(inCase.size(), alerts.alertIds().size());
            caseAlerts.casesPerAlert(c.getSpace(), alerts.alertIds()).values()
                    .forEach(AttachmentRules::checkCasesPerAlert);
        });
        return fresh;
    }

    /**
     * As {@link #admit}, for alerts a rule brings: an alert already in as many cases as an alert may be in is
     * left out instead of refusing the whole attachment (a flapping alert must not stop its group's routing).
     */
    Optional<AttachedAlerts> admitAvailable(Case c, AttachedAlerts requested) {
        Set<String> inCase = caseAlerts.alertIdsInCase(c.getId());
        Set<String> skipped = new HashSet<>(inCase);
        caseAlerts.casesPerAlert(c.getSpace(), requested.alertIds()).forEach((alertId, holders) -> {
            if (holders >= CaseLimits.MAX_CASES_PER_ALERT) {
                skipped.add(alertId);
            }
        });
        Optional<AttachedAlerts> fresh = requested.without(skipped);
        fresh.ifPresent(alerts -> AttachmentRules.checkAlertsPerCase(inCase.size(), alerts.alertIds().size()));
        return fresh;
    }

    void link(Case c, String attachmentId, AttachedAlerts alerts, Instant at) {
        caseAlerts.link(c.getId(), attachmentId, alerts, at);
    }
}
