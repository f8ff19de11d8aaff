package io.casebook.application;

import io.casebook.application.port.CaseStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CasesException;
import io.casebook.domain.CustomFieldValue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code PATCH /api/cases}: updates 1..100 cases atomically, with Kibana's checks in Kibana's order (privileges
 * 403, missing 404, stale version 409, nothing changed 406, owner change 400) and a user action per changed field.
 */
public class UpdateCases {

    private final CaseStore cases;
    private final UserActionLog userActions;
    private final CustomFieldPolicy customFields;
    private final Transactions tx;
    private final Clock clock;

    public UpdateCases(CaseStore cases, UserActionLog userActions, CustomFieldPolicy customFields, Transactions tx,
                       Clock clock) {
        this.cases = cases;
        this.userActions = userActions;
        this.customFields = customFields;
        this.tx = tx;
        this.clock = clock;
    }

    /** The changed cases, in request order, with their new versions; unchanged ones of the batch are left out. */
    public List<Case> update(RequestContext ctx, List<CasePatch> patches) {
        BatchLimits.requireBetween("cases", patches, 1, CaseLimits.MAX_CASES_TO_UPDATE);
        Instant now = Times.now(clock);
        return tx.inTransaction(() -> {
            Map<String, Case> stored = cases.findAll(ctx.space(), patches.stream().map(CasePatch::id).toList())
                    .stream().collect(Collectors.toMap(Case::getId, Function.identity()));
            // As Kibana: the cases found are authorized before missing ids (404) and stale versions (409).
            PatchAuthorization.ensure(ctx, patches, stored);
            refuse(patches, p -> !stored.containsKey(p.id()), ids -> CasesException.notFound("These cases " + ids
                    + " do not exist. Please check you have the correct ids."));
            refuse(patches, p -> stored.get(p.id()).getVersion() != p.version(), UpdateCases::stale);
            List<CaseChanges> changed = new ArrayList<>();
            for (CasePatch patch : patches) {
                Case c = stored.get(patch.id());
                List<CustomFieldValue> values = patch.customFields() == null ? null
                        : customFields.forUpdate(ctx.space(), c.getOwner(), patch.customFields());
                CaseChanges changes = CaseChanges.apply(c, patch, values, ctx.user(), now);
                if (changes.changed()) {
                    changed.add(changes);
                }
            }
            List<String> ownerChanges = patches.stream().filter(p -> p.owner() != null
                    && !p.owner().equals(stored.get(p.id()).getOwner().wire())).map(CasePatch::id).toList();
            if (changed.isEmpty() && ownerChanges.isEmpty()) {
                throw new CasesException(CasesException.Reason.NOTHING_CHANGED,
                        "All update fields are identical to current version.");
            }
            if (!ownerChanges.isEmpty()) {
                throw CasesException.invalid("Updating the owner of a case is not allowed ids: ["
                        + String.join(", ", ownerChanges) + "]");
            }
            changed.forEach(this::write);
            return changed.stream().map(CaseChanges::theCase).toList();
        });
    }

    private void write(CaseChanges changes) {
        Case c = changes.theCase();
        // Another writer (or the same id twice in the batch) got there first: the version check makes it a 409.
        if (!cases.update(c, changes.expectedVersion())) {
            throw stale(c.getId());
        }
        userActions.record(c, changes.actions());
    }

    /** Kibana 8.x wording ("has", though several ids may be named). */
    private static CasesException stale(String ids) {
        return CasesException.conflict("These cases " + ids
                + " has been updated. Please refresh before saving additional updates.");
    }

    private static void refuse(List<CasePatch> patches, Predicate<CasePatch> bad,
                               Function<String, CasesException> error) {
        List<String> ids = patches.stream().filter(bad).map(CasePatch::id).distinct().toList();
        if (!ids.isEmpty()) {
            throw error.apply(String.join(", ", ids));
        }
    }
}
