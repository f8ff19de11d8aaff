package io.casebook.application.connectors;

import io.casebook.application.port.AttachmentStore;
import io.casebook.connector.spi.CaseAlert;

import java.util.AbstractList;
import java.util.List;

/**
 * The alerts of a pushed case for {@link io.casebook.connector.spi.PushRequest#alerts()}, read from the store the
 * first time a connector looks at them: only ServiceNow SecOps with an enrichment flag on reads them, and a case
 * may hold a thousand alerts, so every other push skips the query.
 */
final class LazyCaseAlerts extends AbstractList<CaseAlert> {

    private final AttachmentStore attachments;
    private final String caseId;
    private List<CaseAlert> alerts;

    LazyCaseAlerts(AttachmentStore attachments, String caseId) {
        this.attachments = attachments;
        this.caseId = caseId;
    }

    @Override
    public CaseAlert get(int index) {
        return alerts().get(index);
    }

    @Override
    public int size() {
        return alerts().size();
    }

    private synchronized List<CaseAlert> alerts() {
        if (alerts == null) {
            alerts = attachments.attachedAlerts(caseId).stream()
                    .map(stored -> new CaseAlert(stored.id(), stored.alert().labels(), stored.alert().fields()))
                    .toList();
        }
        return alerts;
    }
}
