package io.casebook.application;

import io.casebook.application.port.CaseStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CasesException;
import io.casebook.domain.security.CaseAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code DELETE /api/cases}: deletes 1..100 cases, all or none, with their attachments, alerts and user actions.
 * The case's own activity log goes with it, so each deletion is written to the audit log instead (as Kibana's
 * {@code bulkAuditLogCaseDeletion} does).
 */
public class DeleteCases {

    /** The audit trail; operators route this logger to durable storage. */
    static final Logger AUDIT = LoggerFactory.getLogger("casebook.audit");

    private final CaseStore cases;
    private final Transactions tx;

    public DeleteCases(CaseStore cases, Transactions tx) {
        this.cases = cases;
        this.tx = tx;
    }

    public void delete(RequestContext ctx, List<String> ids) {
        BatchLimits.requireBetween("ids", ids, 1, CaseLimits.MAX_DELETE_IDS_LENGTH);
        ids.stream().filter(id -> id == null || id.isBlank()).findFirst().ifPresent(id -> {
            throw CasesException.invalid("Invalid value \"" + (id == null ? "undefined" : id)
                    + "\" supplied to \"ids\"");
        });
        Set<String> unique = new LinkedHashSet<>(ids);
        tx.run(() -> {
            List<Case> stored = cases.findAll(ctx.space(), unique);
            Set<String> found = stored.stream().map(Case::getId).collect(Collectors.toSet());
            // Kibana fails on the first id its bulk get could not find, before deleting anything.
            unique.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
                throw CaseService.notFound(id);
            });
            // Then, as Kibana's delete.ts, every case's owner must allow deleting (the delete sub-feature).
            ctx.access().ensure(ctx.space(), CaseAction.DELETE_CASE, stored.stream().map(Case::getOwner).toList());
            cases.delete(ctx.space(), unique);
        });
        unique.forEach(id -> AUDIT.info("delete_case: User deleted case id: {} [space={}, user={}]", id,
                ctx.space(), ctx.user().username()));
    }
}
