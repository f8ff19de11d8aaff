package io.casebook.adapter.out.jdbc;

import io.casebook.application.connectors.PushReason;
import io.casebook.application.connectors.PushState;
import io.casebook.application.connectors.PushTicket;
import io.casebook.application.port.PushQueue;
import io.casebook.domain.User;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.casebook.adapter.out.jdbc.JdbcCaseStore.ts;

/**
 * {@link PushQueue} over {@code push_outbox}. Claims lock the due rows with {@code SKIP LOCKED}, so engines
 * sharing a database never take the same push, and turn them into leases that a dead engine cannot hold.
 */
public final class JdbcPushQueue implements PushQueue {

    static final int MAX_ERROR_LENGTH = 4000;

    private final Jdbi jdbi;
    private final JsonColumns json;
    private final RowMapper<PushTicket> tickets;

    public JdbcPushQueue(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
        this.tickets = (rs, ctx) -> new PushTicket(rs.getString("id"), rs.getString("space_id"),
                rs.getString("case_id"), rs.getString("connector_id"), PushReason.fromWire(rs.getString("reason")),
                json.read(rs.getString("requested_by"), User.class), instant(rs.getTimestamp("requested_at")),
                rs.getInt("attempts"));
    }

    @Override
    public boolean enqueue(PushTicket t, Instant dueAt) {
        return jdbi.withHandle(h -> insert(h, t, "pending", t.pendingKey(), dueAt, null, " ON CONFLICT DO NOTHING"))
                == 1;
    }

    @Override
    public void insertClaimed(PushTicket t, Instant leaseUntil) {
        jdbi.useHandle(h -> insert(h, t, "delivering", null, t.requestedAt(), leaseUntil, ""));
    }

    private int insert(org.jdbi.v3.core.Handle h, PushTicket t, String state, String pendingKey, Instant dueAt,
                       Instant leaseUntil, String onConflict) {
        return h.createUpdate("INSERT INTO push_outbox (id, space_id, case_id, connector_id, reason, requested_by, "
                        + "requested_at, state, pending_key, due_at, lease_until, attempts) VALUES (:id, :space, :case, "
                        + ":connector, :reason, :by, :at, :state, :key, :due, :lease, :attempts)" + onConflict)
                .bind("id", t.id()).bind("space", t.space()).bind("case", t.caseId())
                .bind("connector", t.connectorId()).bind("reason", t.reason().wire())
                .bind("by", json.write(t.requestedBy())).bind("at", ts(t.requestedAt())).bind("state", state)
                .bind("key", pendingKey).bind("due", ts(dueAt)).bind("lease", ts(leaseUntil))
                .bind("attempts", t.attempts()).execute();
    }

    @Override
    public List<PushTicket> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbi.inTransaction(h -> {
            List<PushTicket> due = h.createQuery("SELECT * FROM push_outbox o WHERE ((o.state = 'pending' AND "
                            + "o.due_at <= :now) OR (o.state = 'delivering' AND o.lease_until < :now)) AND NOT EXISTS "
                            + "(SELECT 1 FROM push_outbox d WHERE d.space_id = o.space_id AND d.case_id = o.case_id "
                            + "AND d.connector_id = o.connector_id AND d.state = 'delivering' AND d.lease_until >= :now) "
                            + "ORDER BY o.due_at, o.id LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", ts(now)).bind("limit", limit).map(tickets).list();
            // Two rows of one case and connector (a waiting push and an expired claim) must not go out together.
            Set<String> keys = new HashSet<>();
            List<PushTicket> claimed = new ArrayList<>();
            for (PushTicket t : due) {
                if (keys.add(t.pendingKey())) {
                    claimed.add(t);
                }
            }
            if (!claimed.isEmpty()) {
                h.createUpdate("UPDATE push_outbox SET state = 'delivering', pending_key = NULL, lease_until = :lease "
                                + "WHERE id IN (<ids>)")
                        .bind("lease", ts(leaseUntil)).bindList("ids", claimed.stream().map(PushTicket::id).toList())
                        .execute();
            }
            return claimed;
        });
    }

    @Override
    public void renew(String ticketId, Instant leaseUntil) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE push_outbox SET lease_until = :lease WHERE id = :id "
                + "AND state = 'delivering'").bind("lease", ts(leaseUntil)).bind("id", ticketId).execute());
    }

    @Override
    public void delivered(PushTicket t) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM push_outbox WHERE id = :id OR (space_id = :space AND "
                            + "case_id = :case AND connector_id = :connector AND state = 'failed')")
                    .bind("id", t.id()).bind("space", t.space()).bind("case", t.caseId())
                    .bind("connector", t.connectorId()).execute();
            h.createUpdate("DELETE FROM push_comment_sent WHERE space_id = :space AND case_id = :case "
                            + "AND connector_id = :connector")
                    .bind("space", t.space()).bind("case", t.caseId()).bind("connector", t.connectorId()).execute();
        });
    }

    @Override
    public void commentSent(PushTicket t, String commentKey, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO push_comment_sent (space_id, case_id, connector_id, "
                        + "comment_key, sent_at) VALUES (:space, :case, :connector, :key, :at) ON CONFLICT DO NOTHING")
                .bind("space", t.space()).bind("case", t.caseId()).bind("connector", t.connectorId())
                .bind("key", commentKey).bind("at", ts(at)).execute());
    }

    @Override
    public Set<String> commentsSent(String space, String caseId, String connectorId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("SELECT comment_key FROM push_comment_sent WHERE "
                        + "space_id = :space AND case_id = :case AND connector_id = :connector")
                .bind("space", space).bind("case", caseId).bind("connector", connectorId).mapTo(String.class).list()));
    }

    @Override
    public void drop(PushTicket t) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM push_outbox WHERE id = :id").bind("id", t.id()).execute());
    }

    @Override
    public void retryAt(PushTicket t, int attempts, Instant dueAt, String error, Instant at) {
        jdbi.useHandle(h -> {
            int waiting = h.createUpdate("UPDATE push_outbox SET state = 'pending', pending_key = :key, due_at = :due, "
                            + "lease_until = NULL, attempts = :attempts, last_error = :error, last_attempt_at = :at "
                            + "WHERE id = :id AND NOT EXISTS (SELECT 1 FROM push_outbox p WHERE p.pending_key = :key)")
                    .bind("key", t.pendingKey()).bind("due", ts(dueAt)).bind("attempts", attempts)
                    .bind("error", clip(error)).bind("at", ts(at)).bind("id", t.id()).execute();
            if (waiting == 0) {
                // A push of the same case queued meanwhile will send everything this one would have.
                h.createUpdate("DELETE FROM push_outbox WHERE id = :id").bind("id", t.id()).execute();
            }
        });
    }

    @Override
    public void failed(PushTicket t, int attempts, String error, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE push_outbox SET state = 'failed', pending_key = NULL, "
                        + "lease_until = NULL, attempts = :attempts, last_error = :error, last_attempt_at = :at "
                        + "WHERE id = :id")
                .bind("attempts", attempts).bind("error", clip(error)).bind("at", ts(at)).bind("id", t.id())
                .execute());
    }

    @Override
    public List<PushState> forCase(String space, String caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM push_outbox WHERE space_id = :space AND "
                        + "case_id = :case ORDER BY requested_at, id").bind("space", space).bind("case", caseId)
                .map((rs, ctx) -> new PushState(rs.getString("connector_id"), rs.getString("state"),
                        PushReason.fromWire(rs.getString("reason")), rs.getInt("attempts"),
                        instant(rs.getTimestamp("due_at")), rs.getString("last_error"),
                        instant(rs.getTimestamp("last_attempt_at"))))
                .list());
    }

    private static String clip(String error) {
        String kept = error == null ? "unknown error" : error;
        return kept.length() > MAX_ERROR_LENGTH ? kept.substring(0, MAX_ERROR_LENGTH) : kept;
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
