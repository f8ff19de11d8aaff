package io.casebook.application.attachments;

import io.casebook.application.RequestContext;
import io.casebook.application.Times;
import io.casebook.application.UserActionLog;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentContent;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.security.CaseAction;

import java.time.Clock;
import java.time.Instant;

/**
 * Replaces an attachment's payload ({@code PATCH /api/cases/{caseId}/comments}) under optimistic versioning;
 * the attachment, the case's totals and version, and the {@code comment/update} user action commit together.
 */
public class UpdateAttachment {

    private final CaseBookkeeping bookkeeping;
    private final AlertAdmission alerts;
    private final AttachmentStore attachments;
    private final CaseAlertStore caseAlerts;
    private final UserActionLog userActions;
    private final Transactions tx;
    private final Clock clock;

    UpdateAttachment(CaseBookkeeping bookkeeping, AlertAdmission alerts, AttachmentStore attachments,
                     CaseAlertStore caseAlerts, UserActionLog userActions, Transactions tx, Clock clock) {
        this.bookkeeping = bookkeeping;
        this.alerts = alerts;
        this.attachments = attachments;
        this.caseAlerts = caseAlerts;
        this.userActions = userActions;
        this.tx = tx;
        this.clock = clock;
    }

    public CaseWithAttachments update(RequestContext ctx, String caseId, AttachmentPatch patch) {
        Instant now = Times.now(clock);
        return tx.inTransaction(() -> {
            Case c = bookkeeping.lock(ctx, caseId);
            // The owner cannot change (refused below), so the case's owner is the one the privilege is about.
            ctx.access().ensure(ctx.space(), CaseAction.UPDATE_COMMENT, c.getOwner());
            Attachment attachment = attachments.find(ctx.space(), patch.id())
                    .orElseThrow(() -> AttachmentQueries.notFound(patch.id()));
            if (!attachment.getCaseId().equals(c.getId())) {
                // Kibana's text, stray parenthesis included (server/client/attachments/update.ts).
                throw CasesException.notFound("This comment " + patch.id() + " does not exist in " + c.getId() + ").");
            }
            AttachmentContent content = patch.content();
            attachment.replaceContent(content, patch.owner(), ctx.user(), now);
            if (attachment.getVersion() != patch.expectedVersion()) {
                throw staleVersion();
            }
            if (content instanceof AttachedAlerts requested) {
                // The attachment's own alerts are released first, so keeping some of them is not a duplicate.
                caseAlerts.unlink(attachment.getId());
                AttachedAlerts admitted = alerts.admit(c, requested).orElseThrow(() -> CasesException.invalid(
                        "All the alerts of this attachment are already attached to the case by other attachments."));
                attachment.replaceContent(admitted, patch.owner(), ctx.user(), now);
                alerts.link(c, attachment.getId(), admitted, now);
            }
            if (!attachments.update(attachment, patch.expectedVersion())) {
                throw staleVersion();
            }
            Case updated = bookkeeping.afterChange(c, ctx.user(), now);
            userActions.record(updated, UserActionLog.action(updated, "comment", "update",
                    AttachmentPayloads.comment(content, attachment.getOwner()), attachment.getId(), ctx.user(), now));
            return bookkeeping.answer(updated);
        });
    }

    private static CasesException staleVersion() {
        return CasesException.conflict("This case has been updated. Please refresh before saving additional updates.");
    }
}
