package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.casebook.application.port.LoggedUserAction;
import io.casebook.application.port.UserActionPage;
import io.casebook.application.port.UserActionStore;
import io.casebook.domain.Owner;
import io.casebook.domain.User;
import io.casebook.domain.UserAction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link UserActionStore} over JDBC: one row per action, ordered by insertion sequence. */
public final class JdbcUserActionStore implements UserActionStore {

    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() { };

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
                    + "payload, comment_id, comment_type, created_at, created_by) VALUES (:id, :case_id, :space, "
                    + ":owner, :type, :action, :payload, :comment_id, :comment_type, :created_at, :created_by)");
            for (UserAction a : actions) {
                batch.bind("id", a.id()).bind("case_id", a.caseId()).bind("space", a.space())
                        .bind("owner", a.owner().wire()).bind("type", a.type()).bind("action", a.action())
                        .bind("payload", json.write(a.payload())).bind("comment_id", a.commentId())
                        .bind("comment_type", commentType(a.payload()))
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

    @Override
    public UserActionPage find(String caseId, Set<String> types, boolean ascending, int offset, int limit) {
        String where = " WHERE case_id = :case_id" + UserActionFilterSql.where(types);
        return jdbi.withHandle(h -> {
            long total = bindFilter(h.createQuery("SELECT COUNT(*) FROM case_user_actions" + where), caseId, types)
                    .mapTo(Long.class).one();
            List<LoggedUserAction> items = bindFilter(h.createQuery("SELECT * FROM case_user_actions" + where
                    + " ORDER BY seq " + (ascending ? "ASC" : "DESC") + " LIMIT :limit OFFSET :offset"), caseId, types)
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> new LoggedUserAction(new UserAction(rs.getString("id"), rs.getString("case_id"),
                            rs.getString("space_id"), Owner.fromWire(rs.getString("owner")).orElseThrow(),
                            rs.getString("type"), rs.getString("action"), json.read(rs.getString("payload"), PAYLOAD),
                            rs.getString("comment_id"), CaseRowMapper.instant(rs, "created_at"),
                            json.read(rs.getString("created_by"), User.class)), rs.getLong("seq")))
                    .list();
            return new UserActionPage(items, total);
        });
    }

    private static Query bindFilter(Query query, String caseId, Set<String> types) {
        query.bind("case_id", caseId);
        List<String> plain = UserActionFilterSql.plainTypes(types);
        return plain.isEmpty() ? query : query.bindList(UserActionFilterSql.TYPES_PARAM, plain);
    }

    /** Kibana's {@code payload.comment.type} (user, alert, ...) of comment actions; null for every other action. */
    static String commentType(Map<String, Object> payload) {
        if (payload != null && payload.get("comment") instanceof Map<?, ?> comment
                && comment.get("type") instanceof String type) {
            return type;
        }
        return null;
    }
}
