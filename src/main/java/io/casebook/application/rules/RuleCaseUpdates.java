package io.casebook.application.rules;

import io.casebook.application.CasePatch;
import io.casebook.application.RequestContext;
import io.casebook.application.UpdateCases;
import io.casebook.domain.Case;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.Severity;

import java.util.List;

/**
 * The case changes rules make (reopen, close, raise severity), made through the PATCH use case so they get
 * the same timing fields, version and user actions as an analyst's change. The caller holds the case's lock.
 */
final class RuleCaseUpdates {

    private final UpdateCases updates;

    RuleCaseUpdates(UpdateCases updates) {
        this.updates = updates;
    }

    Case status(RequestContext ctx, Case c, CaseStatus status) {
        return patch(ctx, new CasePatch(c.getId(), c.getVersion(), null, null, null, status, null, null, null, null,
                null, null, null));
    }

    Case severity(RequestContext ctx, Case c, Severity severity) {
        return patch(ctx, new CasePatch(c.getId(), c.getVersion(), null, null, null, null, severity, null, null, null,
                null, null, null));
    }

    private Case patch(RequestContext ctx, CasePatch patch) {
        List<Case> changed = updates.update(ctx, List.of(patch));
        return changed.get(0);
    }
}
