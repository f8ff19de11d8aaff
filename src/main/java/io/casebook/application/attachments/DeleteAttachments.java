package io.casebook.application.attachments;

import io.casebook.application.RequestContext;
import io.casebook.application.Times;
import io.casebook.application.UserActionLog;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.Attachment;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.UserAction;
import io.casebook.domain.security.CaseAction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Deletes one or all attachments of a case ({@code DELETE /api/cases/{caseId}/comments[/{commentId}]}).
 * Alerts leave the case with their attachment and may be attached again; the case's totals and version and
 * one {@code comment/delete} user action per attachment commit together.
 */
public class DeleteAttachments {

    private final CaseBookkeeping bookkeeping;
    private final AttachmentStore attachments;
    private final UserActionLog userActions;
    private final Transactions tx;
    private final Clock clock;

    DeleteAttachments(CaseBookkeeping bookkeeping, AttachmentStore attachments, UserActionLog userActions,
                      Transactions tx, Clock clock) {
        this.bookkeeping = bookkeeping;
        this.attachments = attachments;
        this.userActions = userActions;
        this.tx = tx;
        this.clock = clock;
    }

    public void deleteOne(RequestContext ctx, String caseId, String attachmentId) {
        tx.run(() -> {
            Case c = bookkeeping.lock(ctx, caseId);
            Attachment attachment = attachments.find(ctx.space(), attachmentId)
                    .orElseThrow(() -> AttachmentQueries.notFound(attachmentId));
            if (!attachment.getCaseId().equals(c.getId())) {
                throw CasesException.notFound("This comment " + attachmentId + " does not exist in " + c.getId() + ".");
            }
            delete(ctx, c, List.of(attachment));
        });
    }

    public void deleteAll(RequestContext ctx, String caseId) {
        tx.run(() -> {
            Case c = bookkeeping.lock(ctx, caseId);
            List<Attachment> all = attachments.findByCase(c.getSpace(), c.getId());
            if (all.isEmpty()) {
                throw CasesException.notFound("No comments found for " + c.getId() + ".");
            }
            delete(ctx, c, all);
        });
    }

    private void delete(RequestContext ctx, Case c, List<Attachment> doomed) {
        // As Kibana: the owners of the attachments deleted need the delete sub-feature.
        ctx.access().ensure(ctx.space(), CaseAction.DELETE_COMMENT, doomed.stream().map(Attachment::getOwner).toList());
        Instant now = Times.now(clock);
        attachments.delete(doomed.stream().map(Attachment::getId).toList());
        Case updated = bookkeeping.afterChange(c, ctx.user(), now);
        List<UserAction> actions = doomed.stream().map(a -> UserActionLog.action(updated, "comment", "delete",
                AttachmentPayloads.comment(a.getContent(), a.getOwner()), a.getId(), ctx.user(), now)).toList();
        userActions.record(updated, actions);
    }
}
