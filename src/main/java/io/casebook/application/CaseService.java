package io.casebook.application;

import io.casebook.application.port.CaseStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.rules.CaseIdentity;
import io.casebook.domain.security.CaseAction;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Creating and reading cases; every change is written together with its user action. */
public class CaseService {

    private final CaseStore cases;
    private final UserActionLog userActions;
    private final CustomFieldPolicy customFields;
    private final Transactions tx;
    private final Clock clock;

    public CaseService(CaseStore cases, UserActionLog userActions, CustomFieldPolicy customFields,
                       Transactions tx, Clock clock) {
        this.cases = cases;
        this.userActions = userActions;
        this.customFields = customFields;
        this.tx = tx;
        this.clock = clock;
    }

    public Case create(RequestContext ctx, NewCase command) {
        ctx.access().ensure(ctx.space(), CaseAction.CREATE_CASE, command.owner());
        Instant now = Times.now(clock);
        Case created = build(UUID.randomUUID().toString(), ctx, command, now);
        return tx.inTransaction(() -> {
            created.setCustomFields(customFields.forNewCase(ctx.space(), command.owner(), command.customFields()));
            insertWithAction(ctx, created, now);
            return created;
        });
    }

    /**
     * Creates the case a rule opens under its deterministic identity, or answers the case already stored
     * under that identity (a retried batch, or a consumer that got there first); only a real creation gets a
     * number and a {@code create_case} user action.
     */
    public OpenedCase createForRule(RequestContext ctx, NewCase command, CaseIdentity identity) {
        Instant now = Times.now(clock);
        return tx.inTransaction(() -> {
            Optional<Case> existing = cases.findByRuleKey(identity.ruleKey());
            if (existing.isPresent()) {
                return new OpenedCase(existing.get(), false);
            }
            Case created = build(identity.caseId(), ctx, command, now);
            created.setCustomFields(customFields.forRuleCase(ctx.space(), command.owner(), command.customFields()));
            created.setIncrementalId(cases.nextIncrementalId(ctx.space()));
            created.setVersion(1);
            if (!cases.insertForRule(created, identity.ruleId(), identity.ruleKey())) {
                // Inserted by another transaction since we looked (the insert waited for it): answer that case.
                return new OpenedCase(cases.findByRuleKey(identity.ruleKey()).orElseThrow(), false);
            }
            recordCreation(ctx, created, now);
            return new OpenedCase(created, true);
        });
    }

    /** A case just created, or the one that already existed under the identity asked for. */
    public record OpenedCase(Case theCase, boolean created) {
    }

    private static Case build(String id, RequestContext ctx, NewCase command, Instant now) {
        Case created = new Case(id, ctx.space(), command.owner(), now, ctx.user());
        created.setTitle(command.title());
        created.setDescription(command.description());
        created.setTags(command.tags());
        created.setConnector(command.connector());
        created.setSettings(command.settings());
        created.setSeverity(command.severity());
        created.setAssignees(command.assignees());
        created.setCategory(command.category());
        return created;
    }

    private void insertWithAction(RequestContext ctx, Case created, Instant now) {
        created.setIncrementalId(cases.nextIncrementalId(ctx.space()));
        created.setVersion(1);
        cases.insert(created);
        recordCreation(ctx, created, now);
    }

    private void recordCreation(RequestContext ctx, Case created, Instant now) {
        userActions.record(created, UserActionLog.action(created, "create_case", "create",
                UserActionPayloads.createCase(created), null, ctx.user(), now));
    }

    /** The case; 404 when the space has none with that id, 403 when the caller cannot read its owner. */
    public Case get(RequestContext ctx, String id) {
        return authorized(ctx, cases.find(ctx.space(), id).orElseThrow(() -> notFound(id)), CaseAction.GET_CASE);
    }

    /**
     * The case, once the caller may do {@code action} on its owner (403 in Kibana's words otherwise): for the
     * requests that only learn the owner by loading the case.
     */
    public static Case authorized(RequestContext ctx, Case c, CaseAction action) {
        ctx.access().ensure(ctx.space(), action, c.getOwner());
        return c;
    }

    public static CasesException notFound(String id) {
        return CasesException.notFound("Saved object [cases/" + id + "] not found");
    }
}
