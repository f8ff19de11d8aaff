package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.RoutingQueue;
import io.casebook.application.rules.ClaimedAlert;
import io.casebook.application.rules.PendingAlert;
import io.casebook.application.ingest.StoredAlert;
import io.casebook.domain.alert.AlertStatus;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link RoutingQueue} over {@code alert_events}: waiting events are those with {@code routed_at} null and
 * not parked. An alert is claimed by locking its {@code alerts} row with {@code SKIP LOCKED}, which is also
 * the lock ingestion takes to add an event: while claimed, its events cannot change under the router.
 */
public final class JdbcRoutingQueue implements RoutingQueue {

    static final int MAX_ERROR_LENGTH = 2000;

    private final Jdbi jdbi;
    private final AlertRowMapper alerts;

    public JdbcRoutingQueue(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.alerts = new AlertRowMapper(json);
    }

    @Override
    public List<PendingAlert> pending(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.* FROM alerts a JOIN (SELECT alert_id, MIN(seq) AS "
                        + "first_seq FROM alert_events WHERE routed_at IS NULL AND parked_at IS NULL GROUP BY alert_id "
                        + "ORDER BY first_seq LIMIT :limit) p ON p.alert_id = a.id ORDER BY p.first_seq")
                .bind("limit", limit).map(alerts).map(s -> new PendingAlert(s.id(), s.alert())).list());
    }

    @Override
    public List<ClaimedAlert> claim(Collection<String> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            // Sorted, so two claimers that do wait (a plain lock elsewhere) meet rows in the same order.
            Map<String, StoredAlert> locked = new HashMap<>();
            h.createQuery("SELECT * FROM alerts WHERE id IN (<ids>) ORDER BY id FOR UPDATE SKIP LOCKED")
                    .bindList("ids", List.copyOf(new TreeSet<>(alertIds))).map(alerts)
                    .forEach(s -> locked.put(s.id(), s));
            if (locked.isEmpty()) {
                return List.of();
            }
            Map<String, List<ClaimedAlert.Event>> events = new LinkedHashMap<>();
            h.createQuery("SELECT id, alert_id, status FROM alert_events WHERE alert_id IN (<ids>) "
                            + "AND routed_at IS NULL AND parked_at IS NULL ORDER BY seq")
                    .bindList("ids", List.copyOf(locked.keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getString("alert_id"), new ClaimedAlert.Event(rs.getString("id"),
                            AlertStatus.fromWire(rs.getString("status")).orElseThrow())))
                    .forEach(e -> events.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            // Oldest waiting event first, as the batch was chosen.
            return events.entrySet().stream()
                    .map(e -> new ClaimedAlert(e.getKey(), locked.get(e.getKey()).alert(), e.getValue())).toList();
        });
    }

    @Override
    public void markRouted(Collection<String> eventIds, Instant at) {
        if (eventIds.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE alert_events SET routed_at = :at WHERE id IN (<ids>)")
                    .bind("at", JdbcCaseStore.ts(at)).bindList("ids", List.copyOf(eventIds)).execute();
            h.createUpdate("DELETE FROM alert_event_rules WHERE event_id IN (<ids>)")
                    .bindList("ids", List.copyOf(eventIds)).execute();
        });
    }

    @Override
    public Map<String, Set<String>> rulesDone(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> done = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT event_id, rule_id FROM alert_event_rules WHERE event_id IN (<ids>)")
                .bindList("ids", List.copyOf(eventIds))
                .map((rs, ctx) -> Map.entry(rs.getString("event_id"), rs.getString("rule_id")))
                .forEach(e -> done.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue())));
        return done;
    }

    @Override
    public void ruleDone(Collection<String> eventIds, String ruleId) {
        if (eventIds.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("INSERT INTO alert_event_rules (event_id, rule_id) VALUES (:event, :rule) "
                    + "ON CONFLICT DO NOTHING");
            eventIds.forEach(id -> batch.bind("event", id).bind("rule", ruleId).add());
            batch.execute();
        });
    }

    @Override
    public int recordFailure(Collection<String> alertIds, String error, int maxAttempts, Instant at) {
        if (alertIds.isEmpty()) {
            return 0;
        }
        String kept = error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        return jdbi.inTransaction(h -> {
            String waiting = " WHERE alert_id IN (<ids>) AND routed_at IS NULL AND parked_at IS NULL";
            h.createUpdate("UPDATE alert_events SET route_attempts = route_attempts + 1, route_error = :error"
                            + waiting)
                    .bind("error", kept).bindList("ids", List.copyOf(alertIds)).execute();
            return h.createUpdate("UPDATE alert_events SET parked_at = :at" + waiting
                            + " AND route_attempts >= :max")
                    .bind("at", JdbcCaseStore.ts(at)).bind("max", maxAttempts)
                    .bindList("ids", List.copyOf(alertIds)).execute();
        });
    }
}
