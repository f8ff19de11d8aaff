package io.casebook.application.attachments;

import io.casebook.application.CaseService;
import io.casebook.application.OwnerScope;
import io.casebook.application.RequestContext;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.application.port.CaseStore;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentType;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.security.CaseAction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading attachments and the alert-to-case links, always within the caller's space. */
public class AttachmentQueries {

    private final CaseStore cases;
    private final AttachmentStore attachments;
    private final CaseAlertStore caseAlerts;

    AttachmentQueries(CaseStore cases, AttachmentStore attachments, CaseAlertStore caseAlerts) {
        this.cases = cases;
        this.attachments = attachments;
        this.caseAlerts = caseAlerts;
    }

    /** Kibana's 404 for an attachment id that does not exist (in this space). */
    static CasesException notFound(String attachmentId) {
        return CasesException.notFound("Saved object [cases-comments/" + attachmentId + "] not found");
    }

    public Attachment get(RequestContext ctx, String caseId, String attachmentId) {
        Attachment attachment = attachments.find(ctx.space(), attachmentId).orElseThrow(() -> notFound(attachmentId));
        if (!attachment.getCaseId().equals(caseId)) {
            throw CasesException.notFound("This attachment " + attachmentId + " does not exist in case " + caseId + ".");
        }
        ctx.access().ensure(ctx.space(), CaseAction.GET_COMMENTS, attachment.getOwner());
        return attachment;
    }

    /** Every attachment of the case, oldest first (Kibana's deprecated {@code GET .../comments}). */
    public List<Attachment> all(RequestContext ctx, String caseId) {
        ensureReadable(ctx, caseId);
        return attachments.findByCase(ctx.space(), caseId);
    }

    /** A page of the case's user comments: Kibana's public {@code comments/_find} leaves other types out. */
    public AttachmentPage findComments(RequestContext ctx, String caseId, int offset, int limit, boolean ascending) {
        ensureReadable(ctx, caseId);
        return new AttachmentPage(
                attachments.findByCase(ctx.space(), caseId, AttachmentType.USER, offset, limit, ascending),
                attachments.count(ctx.space(), caseId, AttachmentType.USER));
    }

    /**
     * Every alert in the case, in the order they were attached (Kibana's {@code getAllAlertsAttachToCase}),
     * with the status of those that are stored alerts.
     */
    public List<CaseAlert> alertsOfCase(RequestContext ctx, String caseId) {
        Case c = CaseService.authorized(ctx, cases.find(ctx.space(), caseId)
                .orElseThrow(() -> CaseService.notFound(caseId)), CaseAction.GET_COMMENTS);
        List<CaseAlert> out = new ArrayList<>();
        Map<String, String> statuses = caseAlerts.alertStatuses(c.getId());
        for (Attachment a : attachments.findByCase(c.getSpace(), c.getId())) {
            if (a.getContent() instanceof AttachedAlerts alerts) {
                for (int i = 0; i < alerts.alertIds().size(); i++) {
                    String id = alerts.alertIds().get(i);
                    out.add(new CaseAlert(id, alerts.indices().get(i), a.getCreatedAt(), statuses.get(id)));
                }
            }
        }
        return out;
    }

    /**
     * The cases of the space holding the alert, oldest first, limited to the owners named (wire names; one
     * that names no owner matches nothing) unless none is named.
     */
    public List<Case> casesWithAlert(RequestContext ctx, String alertId, Set<String> owners) {
        Optional<List<String>> readable = OwnerScope.of(ctx, CaseAction.GET_CASES_BY_ALERT, List.copyOf(owners));
        if (readable.isEmpty()) {
            return List.of();
        }
        Set<String> scope = Set.copyOf(readable.get());
        List<String> ids = caseAlerts.casesHolding(ctx.space(), alertId);
        return cases.findAll(ctx.space(), ids).stream()
                .filter(c -> scope.isEmpty() || scope.contains(c.getOwner().wire()))
                .sorted(Comparator.comparing(Case::getCreatedAt).thenComparing(Case::getId))
                .toList();
    }

    /** Kibana reads a case's attachments through its owner: 403 for an owner the caller cannot read. */
    private void ensureReadable(RequestContext ctx, String caseId) {
        cases.find(ctx.space(), caseId).ifPresent(c -> CaseService.authorized(ctx, c, CaseAction.GET_COMMENTS));
    }
}
