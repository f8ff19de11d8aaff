package io.casebook.application.attachments;

import io.casebook.application.CaseService;
import io.casebook.application.RequestContext;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.application.port.CaseStore;
import io.casebook.domain.AttachmentType;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.User;

import java.time.Instant;

/**
 * The steps every attachment change shares: lock and load the case first; afterwards recount its totals and
 * write it back, which (as Kibana's {@code patchCase}) also stamps updated_at/by and gives it a new version.
 */
final class CaseBookkeeping {

    private final CaseStore cases;
    private final AttachmentStore attachments;
    private final CaseAlertStore caseAlerts;

    CaseBookkeeping(CaseStore cases, AttachmentStore attachments, CaseAlertStore caseAlerts) {
        this.cases = cases;
        this.attachments = attachments;
        this.caseAlerts = caseAlerts;
    }

    /** The case, locked until the transaction ends; 404 in Kibana's words when the space has no such case. */
    Case lock(RequestContext ctx, String caseId) {
        if (!attachments.lockCase(ctx.space(), caseId)) {
            throw CaseService.notFound(caseId);
        }
        return cases.find(ctx.space(), caseId).orElseThrow(() -> CaseService.notFound(caseId));
    }

    /** Recounts user comments and distinct alerts, stamps the change and writes the case (new version). */
    Case afterChange(Case c, User by, Instant now) {
        c.setTotals(Math.toIntExact(attachments.count(c.getSpace(), c.getId(), AttachmentType.USER)),
                caseAlerts.alertIdsInCase(c.getId()).size());
        c.touch(by, now);
        // The row is locked by lock(), so the version cannot have moved; this guards against a caller that forgot.
        if (!cases.update(c, c.getVersion())) {
            throw CasesException.conflict("This case " + c.getId()
                    + " has been updated. Please refresh before saving additional updates.");
        }
        return c;
    }

    CaseWithAttachments answer(Case c) {
        return new CaseWithAttachments(c, attachments.findByCase(c.getSpace(), c.getId()));
    }
}
