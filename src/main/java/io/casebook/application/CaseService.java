package io.casebook.application;

import io.casebook.application.port.CaseStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;

import java.time.Clock;
import java.time.Instant;
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
        Instant now = Times.now(clock);
        Case created = new Case(UUID.randomUUID().toString(), ctx.space(), command.owner(), now, ctx.user());
        created.setTitle(command.title());
        created.setDescription(command.description());
        created.setTags(command.tags());
        created.setConnector(command.connector());
        created.setSettings(command.settings());
        created.setSeverity(command.severity());
        created.setAssignees(command.assignees());
        created.setCategory(command.category());
        return tx.inTransaction(() -> {
            created.setCustomFields(customFields.forNewCase(ctx.space(), command.owner(), command.customFields()));
            created.setIncrementalId(cases.nextIncrementalId(ctx.space()));
            created.setVersion(1);
            cases.insert(created);
            userActions.record(created, UserActionLog.action(created, "create_case", "create",
                    UserActionPayloads.createCase(created), null, ctx.user(), now));
            return created;
        });
    }

    public Case get(RequestContext ctx, String id) {
        return cases.find(ctx.space(), id).orElseThrow(() -> notFound(id));
    }

    public static CasesException notFound(String id) {
        return CasesException.notFound("Saved object [cases/" + id + "] not found");
    }
}
