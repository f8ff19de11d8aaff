package io.casebook.application.port;

import io.casebook.domain.AttachedAlerts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which alert is in which case: one row per (case, alert), written with the attachment that brought the
 * alert. Backs duplicate filtering, the per-case and per-alert limits, and the alert lookups.
 */
public interface CaseAlertStore {

    /** Records that the attachment brought these alerts (already free of duplicates) into the case. */
    void link(String caseId, String attachmentId, AttachedAlerts alerts, Instant at);

    /** Forgets the alerts an attachment brought (its content is being replaced). */
    void unlink(String attachmentId);

    /** The ids of every alert in the case. */
    Set<String> alertIdsInCase(String caseId);

    /** The ids of every alert in any of the cases. */
    Set<String> alertIdsInCases(Collection<String> caseIds);

    /**
     * The status of each alert of the case that is a stored alert (firing, acknowledged, resolved); alerts
     * attached by id from elsewhere have none and are left out.
     */
    Map<String, String> alertStatuses(String caseId);

    /** For each alert that is in at least one case of the space, how many cases hold it. */
    Map<String, Long> casesPerAlert(String space, Collection<String> alertIds);

    /** The ids of the cases of the space that hold the alert, oldest case first. */
    List<String> casesHolding(String space, String alertId);
}
