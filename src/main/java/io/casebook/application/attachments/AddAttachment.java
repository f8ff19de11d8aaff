package io.casebook.application.attachments;

import io.casebook.application.RequestContext;
import io.casebook.application.Times;
import io.casebook.application.UserActionLog;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentContent;
import io.casebook.domain.AttachmentRules;
import io.casebook.domain.Case;
import io.casebook.domain.security.CaseAction;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Attaches a comment or alerts to a case ({@code POST /api/cases/{caseId}/comments}). The attachment, the
 * case's new totals and version, and the {@code comment/create} user action commit together.
 */
public class AddAttachment {

    private final CaseBookkeeping bookkeeping;
    private final AlertAdmission alerts;
    private final AttachmentStore attachments;
    private final UserActionLog userActions;
    private final Transactions tx;
    private final Clock clock;

    AddAttachment(CaseBookkeeping bookkeeping, AlertAdmission alerts, AttachmentStore attachments,
                  UserActionLog userActions, Transactions tx, Clock clock) {
        this.bookkeeping = bookkeeping;
        this.alerts = alerts;
        this.attachments = attachments;
        this.userActions = userActions;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * As Kibana's {@code addComment}, the privilege is checked on the owner the request names, before the case is
     * read; a case of another owner is then refused as a mismatch (400).
     */
    public CaseWithAttachments add(RequestContext ctx, String caseId, NewAttachment command) {
        ctx.access().ensure(ctx.space(), CaseAction.CREATE_COMMENT, command.owner());
        return tx.inTransaction(() -> bookkeeping.answer(attach(ctx, caseId, command, false)));
    }

    /**
     * Attaches on behalf of a rule: alerts already held by as many cases as an alert may be in are left out
     * rather than refusing the others, and the answer is the case alone (no list of every attachment).
     */
    public Case attachForRule(RequestContext ctx, String caseId, NewAttachment command) {
        return tx.inTransaction(() -> attach(ctx, caseId, command, true));
    }

    private Case attach(RequestContext ctx, String caseId, NewAttachment command, boolean forRule) {
        Instant now = Times.now(clock);
        Case c = bookkeeping.lock(ctx, caseId);
        AttachmentRules.checkCanAttach(c, command.owner(), command.content());
        AttachmentContent content = command.content();
        if (content instanceof AttachedAlerts requested) {
            Optional<AttachedAlerts> fresh = forRule ? alerts.admitAvailable(c, requested) : alerts.admit(c, requested);
            if (fresh.isEmpty()) {
                // As Kibana: every alert is already in the case, so nothing is created and the case is unchanged.
                return c;
            }
            content = fresh.get();
        }
        Attachment attachment = new Attachment(UUID.randomUUID().toString(), c.getId(), c.getSpace(),
                command.owner(), content, now, ctx.user());
        attachment.setVersion(1);
        attachments.insert(attachment);
        if (content instanceof AttachedAlerts admitted) {
            alerts.link(c, attachment.getId(), admitted, now);
        }
        Case updated = bookkeeping.afterChange(c, ctx.user(), now);
        userActions.record(updated, UserActionLog.action(updated, "comment", "create",
                AttachmentPayloads.comment(content, attachment.getOwner()), attachment.getId(), ctx.user(), now));
        return updated;
    }
}
