package io.casebook.adapter.out.jdbc;

import io.casebook.application.ingest.StoredAlert;
import io.casebook.application.port.AttachmentStore;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentType;
import io.casebook.domain.UserComment;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link AttachmentStore} over JDBC; the same statements run on H2 (PostgreSQL mode) and PostgreSQL. */
public final class JdbcAttachmentStore implements AttachmentStore {

    private final Jdbi jdbi;
    private final JsonColumns json;
    private final AttachmentRowMapper mapper;
    private final AlertRowMapper alerts;

    public JdbcAttachmentStore(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
        this.mapper = new AttachmentRowMapper(json);
        this.alerts = new AlertRowMapper(json);
    }

    @Override
    public boolean lockCase(String space, String caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM cases WHERE id = :id AND space_id = :space "
                + "FOR UPDATE").bind("id", caseId).bind("space", space).mapTo(String.class).findOne().isPresent());
    }

    @Override
    public void insert(Attachment a) {
        jdbi.useHandle(h -> bindContent(h.createUpdate("INSERT INTO case_attachments (id, case_id, space_id, owner, "
                + "type, version, comment, alert_ids, alert_indices, rule, created_at, created_by, updated_at, "
                + "updated_by, pushed_at, pushed_by) VALUES (:id, :case_id, :space, :owner, :type, :version, "
                + ":comment, :alert_ids, :alert_indices, :rule, :created_at, :created_by, :updated_at, :updated_by, "
                + ":pushed_at, :pushed_by)"), a)
                .bind("case_id", a.getCaseId())
                .bind("space", a.getSpace())
                .bind("owner", a.getOwner().wire())
                .bind("type", a.type().wire())
                .bind("version", a.getVersion())
                .bind("created_at", JdbcCaseStore.ts(a.getCreatedAt()))
                .bind("created_by", json.write(a.getCreatedBy()))
                .bind("pushed_at", JdbcCaseStore.ts(a.getPushedAt()))
                .bind("pushed_by", json.write(a.getPushedBy()))
                .execute());
    }

    @Override
    public Optional<Attachment> find(String space, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM case_attachments WHERE id = :id "
                + "AND space_id = :space").bind("id", id).bind("space", space).map(mapper).findOne());
    }

    @Override
    public List<Attachment> findByCase(String space, String caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM case_attachments WHERE case_id = :case_id "
                + "AND space_id = :space ORDER BY created_at, seq")
                .bind("case_id", caseId).bind("space", space).map(mapper).list());
    }

    @Override
    public List<StoredAlert> attachedAlerts(String caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.* FROM case_alerts ca "
                        + "JOIN case_attachments t ON t.id = ca.attachment_id JOIN alerts a ON a.id = ca.alert_id "
                        + "WHERE ca.case_id = :case_id ORDER BY t.created_at, t.seq, ca.alert_id")
                .bind("case_id", caseId).map(alerts).list());
    }

    @Override
    public List<Attachment> findByCase(String space, String caseId, AttachmentType type, int offset, int limit,
                                       boolean ascending) {
        String order = ascending ? "ASC" : "DESC";
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM case_attachments WHERE case_id = :case_id "
                + "AND space_id = :space AND type = :type ORDER BY created_at " + order + ", seq " + order
                + " LIMIT :limit OFFSET :offset")
                .bind("case_id", caseId).bind("space", space).bind("type", type.wire())
                .bind("limit", limit).bind("offset", offset).map(mapper).list());
    }

    @Override
    public long count(String space, String caseId, AttachmentType type) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM case_attachments WHERE case_id = :case_id "
                + "AND space_id = :space AND type = :type")
                .bind("case_id", caseId).bind("space", space).bind("type", type.wire()).mapTo(Long.class).one());
    }

    @Override
    public boolean update(Attachment a, long expectedVersion) {
        int rows = jdbi.withHandle(h -> bindContent(h.createUpdate("UPDATE case_attachments SET comment = :comment, "
                + "alert_ids = :alert_ids, alert_indices = :alert_indices, rule = :rule, updated_at = :updated_at, "
                + "updated_by = :updated_by, version = :new_version WHERE id = :id AND version = :expected"), a)
                .bind("expected", expectedVersion)
                .bind("new_version", expectedVersion + 1)
                .execute());
        if (rows == 1) {
            a.setVersion(expectedVersion + 1);
        }
        return rows == 1;
    }

    @Override
    public void markPushed(String space, String caseId, java.time.Instant at, io.casebook.domain.User by) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE case_attachments SET pushed_at = :at, pushed_by = :by "
                        + "WHERE case_id = :case_id AND space_id = :space AND pushed_at IS NULL")
                .bind("at", JdbcCaseStore.ts(at)).bind("by", json.write(by))
                .bind("case_id", caseId).bind("space", space).execute());
    }

    @Override
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // case_alerts rows go with their attachment (ON DELETE CASCADE): the alerts are free to be attached again.
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM case_attachments WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids)).execute());
    }

    private <S extends SqlStatement<S>> S bindContent(S statement, Attachment a) {
        statement.bind("id", a.getId())
                .bind("updated_at", JdbcCaseStore.ts(a.getUpdatedAt()))
                .bind("updated_by", json.write(a.getUpdatedBy()));
        if (a.getContent() instanceof AttachedAlerts alerts) {
            return statement.bind("comment", (String) null)
                    .bind("alert_ids", json.write(alerts.alertIds()))
                    .bind("alert_indices", json.write(alerts.indices()))
                    .bind("rule", json.write(alerts.rule()));
        }
        return statement.bind("comment", ((UserComment) a.getContent()).comment())
                .bind("alert_ids", (String) null)
                .bind("alert_indices", (String) null)
                .bind("rule", (String) null);
    }
}
