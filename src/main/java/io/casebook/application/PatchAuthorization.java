package io.casebook.application;

import io.casebook.domain.Case;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.CasesException;
import io.casebook.domain.Owner;
import io.casebook.domain.security.CaseAction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@code PATCH /api/cases} needs, as Kibana's {@code getOperationsToAuthorize} decides it: reopening a
 * closed case needs the reopen sub-feature, changing assignees the assign one, and anything else the update
 * privilege; a patch that only reopens (only {@code status}) or only reassigns (only {@code assignees}) needs
 * nothing more. A refusal names the owners of every case in the batch, as Kibana's does.
 */
final class PatchAuthorization {

    private PatchAuthorization() {
    }

    static void ensure(RequestContext ctx, List<CasePatch> patches, Map<String, Case> stored) {
        Set<Owner> owners = new LinkedHashSet<>();
        List<Need> needs = new ArrayList<>();
        for (CasePatch patch : patches) {
            Case c = stored.get(patch.id());
            if (c != null) {
                owners.add(c.getOwner());
                needed(c, patch).forEach(action -> needs.add(new Need(c.getOwner(), action)));
            }
        }
        for (Need need : needs) {
            if (!ctx.access().can(ctx.space(), need.owner(), need.action().operation())) {
                throw CasesException.forbidden(need.action().failure(owners));
            }
        }
    }

    static Set<CaseAction> needed(Case c, CasePatch patch) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        boolean reopens = patch.status() != null && c.getStatus() == CaseStatus.CLOSED
                && patch.status() != CaseStatus.CLOSED;
        boolean reassigns = patch.assignees() != null
                && !new HashSet<>(patch.assignees()).equals(new HashSet<>(c.getAssignees()));
        if (reopens) {
            actions.add(CaseAction.REOPEN_CASE);
        }
        if (reassigns) {
            actions.add(CaseAction.ASSIGN_CASE);
        }
        Set<String> fields = fields(patch);
        boolean onlyReopen = reopens && fields.equals(Set.of("status"));
        boolean onlyAssign = reassigns && fields.equals(Set.of("assignees"));
        if (!onlyReopen && !onlyAssign) {
            actions.add(CaseAction.UPDATE_CASE);
        }
        return actions;
    }

    /** The fields the patch sets, besides id and version. */
    private static Set<String> fields(CasePatch p) {
        Set<String> out = new HashSet<>();
        add(out, "title", p.title());
        add(out, "description", p.description());
        add(out, "tags", p.tags());
        add(out, "status", p.status());
        add(out, "severity", p.severity());
        add(out, "assignees", p.assignees());
        add(out, "category", p.category());
        add(out, "connector", p.connector());
        add(out, "settings", p.settings());
        add(out, "customFields", p.customFields());
        add(out, "owner", p.owner());
        return out;
    }

    private static void add(Set<String> fields, String name, Object value) {
        if (Objects.nonNull(value)) {
            fields.add(name);
        }
    }

    private record Need(Owner owner, CaseAction action) {
    }
}
