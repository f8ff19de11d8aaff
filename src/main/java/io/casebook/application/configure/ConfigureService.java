package io.casebook.application.configure;

import io.casebook.application.RequestContext;
import io.casebook.application.Times;
import io.casebook.application.port.ConfigurationStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.CaseConfiguration;
import io.casebook.domain.CasesException;
import io.casebook.domain.Owner;
import io.casebook.domain.security.CaseAction;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reading, replacing and patching the per-owner case configuration of a space. */
public class ConfigureService {

    private final ConfigurationStore store;
    private final Transactions tx;
    private final Clock clock;

    public ConfigureService(ConfigurationStore store, Transactions tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The space's configurations of {@code owners} (every owner when empty), limited to the owners the caller
     * can read: as Kibana, others drop out silently, and a caller who reads no owner is refused.
     */
    public List<CaseConfiguration> find(RequestContext ctx, Collection<Owner> owners) {
        Set<Owner> readable = ctx.access().narrow(ctx.space(), CaseAction.FIND_CONFIGURATIONS, owners);
        if (readable.isEmpty()) {
            return List.of();
        }
        return store.list(ctx.space(), owners.isEmpty() && readable.size() == Owner.values().length
                ? List.of() : readable);
    }

    /** Kibana deletes the owner's configuration and creates a new one, so the result has a new id. */
    public CaseConfiguration create(RequestContext ctx, NewConfiguration command) {
        ctx.access().ensure(ctx.space(), CaseAction.CREATE_CONFIGURATION, command.owner());
        Instant now = Times.now(clock);
        CaseConfiguration created = new CaseConfiguration(UUID.randomUUID().toString(), ctx.space(),
                command.owner(), 1, command.closureType(), command.connector(), command.customFields(),
                command.templates(), command.pushOnChange(), now, ctx.user(), null, null);
        tx.run(() -> store.replace(created));
        return created;
    }

    public CaseConfiguration update(RequestContext ctx, String id, ConfigurationChanges changes) {
        return tx.inTransaction(() -> {
            CaseConfiguration current = store.find(ctx.space(), id).orElseThrow(() -> notFound(id));
            ctx.access().ensure(ctx.space(), CaseAction.UPDATE_CONFIGURATION, current.owner());
            // Kibana validates the changes before it compares versions: a bad body is a 400 even when stale.
            CaseConfiguration next = changes.applyTo(current, ctx.user(), Times.now(clock));
            if (current.version() != changes.expectedVersion() || !store.update(next, changes.expectedVersion())) {
                throw CasesException.conflict(
                        "This configuration has been updated. Please refresh before saving additional updates.");
            }
            return next;
        });
    }

    static CasesException notFound(String id) {
        return CasesException.notFound("Saved object [cases-configure/" + id + "] not found");
    }
}
