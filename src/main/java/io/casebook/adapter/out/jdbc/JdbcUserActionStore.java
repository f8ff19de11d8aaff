package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.UserActionStore;
import io.casebook.domain.UserAction;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/** {@link UserActionStore} over JDBC: one row per action, ordered by insertion sequence. */
public final class JdbcUserActionStore implements UserActionStore {

    private final Jdbi jdbi;
    private final JsonColumns json;

    public JdbcUserActionStore(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    @Override
    public void append(List<UserAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("INSERT INTO case_user_actions (id, case_id, space_id, owner, type, action, "
                    + "payload, comment_id, created_at, created_by) VALUES (:id, :case_id, :space, :owner, :type, "
                    + ":action, :payload, :comment_id, :created_at, :created_by)");
            for (UserAction a : actions) {
                batch.bind("id", a.id()).bind("case_id", a.caseId()).bind("space", a.space())
                        .bind("owner", a.owner().wire()).bind("type", a.type()).bind("action", a.action())
                        .bind("payload", json.write(a.payload())).bind("comment_id", a.commentId())
                        .bind("created_at", JdbcCaseStore.ts(a.createdAt()))
                        .bind("created_by", json.write(a.createdBy())).add();
            }
            batch.execute();
        });
    }

    @Override
    public long countForCase(String caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM case_user_actions WHERE case_id = :id")
                .bind("id", caseId).mapTo(Long.class).one());
    }
}
