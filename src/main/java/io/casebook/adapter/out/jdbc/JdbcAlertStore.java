package io.casebook.adapter.out.jdbc;

import io.casebook.application.ingest.AlertPage;
import io.casebook.application.ingest.AlertQuery;
import io.casebook.application.ingest.Delivery;
import io.casebook.application.ingest.IngestOutcome;
import io.casebook.application.ingest.IngestedAlert;
import io.casebook.application.ingest.StoredAlert;
import io.casebook.application.port.AlertStore;
import io.casebook.domain.alert.Alert;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link AlertStore} over JDBC: deliveries, one row per alert identity, and the alert's event history. */
public final class JdbcAlertStore implements AlertStore {

    private final Jdbi jdbi;
    private final JsonColumns json;

    private final AlertRowMapper rowMapper;

    public JdbcAlertStore(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
        this.rowMapper = new AlertRowMapper(json);
    }

    @Override
    public void saveDelivery(Delivery d) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO alert_deliveries (id, format, transport, received_at, payload) "
                        + "VALUES (:id, :format, :transport, :received_at, :payload)")
                .bind("id", d.id()).bind("format", d.format()).bind("transport", d.transport())
                .bind("received_at", JdbcCaseStore.ts(d.receivedAt())).bind("payload", d.payload()).execute());
    }

    @Override
    public IngestedAlert upsert(Alert alert, Delivery delivery, Instant now) {
        return jdbi.withHandle(h -> {
            String digest = alert.contentDigest();
            String newId = UUID.randomUUID().toString();
            // ON CONFLICT DO NOTHING waits for a concurrent inserter of the same identity, then yields to it.
            int inserted = bindState(h.createUpdate("INSERT INTO alerts (id, source, fingerprint, format, status, "
                    + "severity, title, description, labels, fields, links, rule_id, rule_name, group_key, starts_at, "
                    + "ends_at, first_seen_at, last_seen_at, last_delivery_id, content_digest, event_count) VALUES "
                    + "(:id, :source, :fingerprint, :format, :status, :severity, :title, :description, :labels, "
                    + ":fields, :links, :rule_id, :rule_name, :group_key, :starts_at, :ends_at, :now, :now, "
                    + ":delivery, :digest, 1) ON CONFLICT DO NOTHING"), alert, delivery, digest, now)
                    .bind("id", newId).bind("source", alert.source()).bind("fingerprint", alert.fingerprint())
                    .execute();
            if (inserted == 1) {
                addEvent(h, newId, alert, delivery, digest, now);
                return result(newId, alert, IngestOutcome.NEW);
            }
            var current = h.createQuery("SELECT id, content_digest FROM alerts WHERE source = :source "
                            + "AND fingerprint = :fingerprint FOR UPDATE")
                    .bind("source", alert.source()).bind("fingerprint", alert.fingerprint())
                    .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("content_digest")}).one();
            String id = current[0];
            if (current[1].equals(digest)) {
                h.createUpdate("UPDATE alerts SET last_seen_at = :now WHERE id = :id")
                        .bind("now", JdbcCaseStore.ts(now)).bind("id", id).execute();
                return result(id, alert, IngestOutcome.DUPLICATE);
            }
            bindState(h.createUpdate("UPDATE alerts SET format = :format, status = :status, severity = :severity, "
                    + "title = :title, description = :description, labels = :labels, fields = :fields, "
                    + "links = :links, rule_id = :rule_id, rule_name = :rule_name, group_key = :group_key, "
                    + "starts_at = :starts_at, ends_at = :ends_at, last_seen_at = :now, last_delivery_id = :delivery, "
                    + "content_digest = :digest, event_count = event_count + 1 WHERE id = :id"),
                    alert, delivery, digest, now).bind("id", id).execute();
            addEvent(h, id, alert, delivery, digest, now);
            return result(id, alert, IngestOutcome.UPDATED);
        });
    }

    @Override
    public Optional<Alert> lock(String source, String fingerprint) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM alerts WHERE source = :source "
                        + "AND fingerprint = :fingerprint FOR UPDATE")
                .bind("source", source).bind("fingerprint", fingerprint)
                .map(rowMapper).findOne().map(StoredAlert::alert));
    }

    @Override
    public AlertPage search(AlertQuery query, int offset, int limit) {
        return jdbi.withHandle(h -> new AlertSearchSql(query).page(h, rowMapper, offset, limit));
    }

    @Override
    public Optional<StoredAlert> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM alerts WHERE id = :id").bind("id", id)
                .map(rowMapper).findOne()
                .map(a -> new StoredAlert(a.id(), a.format(), a.alert(), a.firstSeenAt(), a.lastSeenAt(),
                        a.lastDeliveryId(), history(h, id))));
    }

    private static List<StoredAlert.Event> history(Handle h, String alertId) {
        return h.createQuery("SELECT id, status, received_at, delivery_id, routed_at, route_error, parked_at "
                        + "FROM alert_events "
                        + "WHERE alert_id = :id ORDER BY seq").bind("id", alertId)
                .map((rs, ctx) -> new StoredAlert.Event(rs.getString("id"), rs.getString("status"),
                        CaseRowMapper.instant(rs, "received_at"), rs.getString("delivery_id"),
                        CaseRowMapper.instant(rs, "routed_at"), rs.getString("route_error"),
                        CaseRowMapper.instant(rs, "parked_at")))
                .list();
    }

    private <S extends SqlStatement<S>> S bindState(S s, Alert a, Delivery d, String digest, Instant now) {
        return s.bind("format", d.format())
                .bind("status", a.status().wire())
                .bind("severity", a.severity() == null ? null : a.severity().wire())
                .bind("title", a.title())
                .bind("description", a.description())
                .bind("labels", json.write(a.labels()))
                .bind("fields", json.write(a.fields()))
                .bind("links", json.write(a.links()))
                .bind("rule_id", a.rule() == null ? null : a.rule().id())
                .bind("rule_name", a.rule() == null ? null : a.rule().name())
                .bind("group_key", a.groupKey())
                .bind("starts_at", JdbcCaseStore.ts(a.startsAt()))
                .bind("ends_at", JdbcCaseStore.ts(a.endsAt()))
                .bind("now", JdbcCaseStore.ts(now))
                .bind("delivery", d.id())
                .bind("digest", digest);
    }

    private static void addEvent(Handle h, String alertId, Alert a, Delivery d, String digest, Instant now) {
        h.createUpdate("INSERT INTO alert_events (id, alert_id, delivery_id, status, received_at, content_digest) "
                        + "VALUES (:id, :alert_id, :delivery_id, :status, :received_at, :digest)")
                .bind("id", UUID.randomUUID().toString()).bind("alert_id", alertId).bind("delivery_id", d.id())
                .bind("status", a.status().wire()).bind("received_at", JdbcCaseStore.ts(now))
                .bind("digest", digest).execute();
    }

    private static IngestedAlert result(String id, Alert a, IngestOutcome outcome) {
        return new IngestedAlert(id, a.source(), a.fingerprint(), outcome);
    }
}
