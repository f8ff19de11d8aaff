package io.casebook.application;

import io.casebook.application.port.CaseStore;
import io.casebook.application.port.Transactions;
import io.casebook.application.port.UserActionStore;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.UserAction;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creating and reading cases; every change is written together with its user action. */
public class CaseService {

    private final CaseStore cases;
    private final UserActionStore userActions;
    private final Transactions tx;
    private final Clock clock;

    public CaseService(CaseStore cases, UserActionStore userActions, Transactions tx, Clock clock) {
        this.cases = cases;
        this.userActions = userActions;
        this.tx = tx;
        this.clock = clock;
    }

    public Case create(RequestContext ctx, NewCase command) {
        Instant now = now();
        Case created = new Case(UUID.randomUUID().toString(), ctx.space(), command.owner(), now, ctx.user());
        created.setTitle(command.title());
        created.setDescription(command.description());
        created.setTags(command.tags());
        created.setConnector(command.connector());
        created.setSettings(command.settings());
        created.setSeverity(command.severity());
        created.setAssignees(command.assignees());
        created.setCategory(command.category());
        created.setCustomFields(command.customFields());
        return tx.inTransaction(() -> {
            created.setIncrementalId(cases.nextIncrementalId(ctx.space()));
            created.setVersion(1);
            cases.insert(created);
            userActions.append(new UserAction(UUID.randomUUID().toString(), created.getId(), ctx.space(),
                    created.getOwner(), "create_case", "create", UserActionPayloads.createCase(created), null, now,
                    ctx.user()));
            return created;
        });
    }

    public Case get(RequestContext ctx, String id) {
        return cases.find(ctx.space(), id).orElseThrow(() -> notFound(id));
    }

    static CasesException notFound(String id) {
        return CasesException.notFound("Saved object [cases/" + id + "] not found");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
