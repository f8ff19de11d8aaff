package io.casebook.adapter.out.jdbc;

import io.casebook.adapter.JsonSupport;
import io.casebook.config.Settings;
import io.casebook.domain.Case;
import io.casebook.domain.User;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Test-only write access to a running engine's database, for case states the API cannot produce yet (status
 * changes, other reporters, back-dated creation). Changes go through the real {@link JdbcCaseStore} where it
 * can express them; H2 shares an open file database between connections of one JVM.
 */
public final class EngineDatabase {

    private final Jdbi jdbi;
    private final JsonColumns json = new JsonColumns(JsonSupport.newMapper());
    private final JdbcCaseStore store;

    private EngineDatabase(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.store = new JdbcCaseStore(jdbi, json);
    }

    public static EngineDatabase of(Settings settings) {
        String url = settings.find("casebook.db.url").orElseGet(() -> Database.embeddedUrl(settings.dataDir()));
        return new EngineDatabase(Jdbi.create(url, settings.get("casebook.db.user", ""),
                settings.get("casebook.db.password", "")));
    }

    /** Loads the case, applies {@code change} (domain methods) and writes it back as an update would. */
    public void update(String space, String caseId, Consumer<Case> change) {
        Case c = store.find(space, caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        change.accept(c);
        if (!store.update(c, c.getVersion())) {
            throw new IllegalStateException("concurrent update of " + caseId);
        }
    }

    /** Rewrites who created the case and when: creation facts no store operation changes. */
    public void setCreated(String caseId, Instant at, User by) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE cases SET created_at = :at, created_by = :by, "
                        + "created_by_username = :username WHERE id = :id")
                .bind("at", JdbcCaseStore.ts(at)).bind("by", json.write(by)).bind("username", by.username())
                .bind("id", caseId).execute());
    }
}
