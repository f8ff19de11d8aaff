package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.CaseStore;
import io.casebook.domain.Case;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link CaseStore} over JDBC; the same statements run on H2 (PostgreSQL mode) and PostgreSQL. */
public final class JdbcCaseStore implements CaseStore {

    private static final String COLUMNS = "title = :title, description = :description, status = :status, "
            + "severity = :severity, category = :category, tags = :tags, assignees = :assignees, "
            + "custom_fields = :custom_fields, connector = :connector, settings = :settings, "
            + "updated_at = :updated_at, updated_by = :updated_by, closed_at = :closed_at, closed_by = :closed_by, "
            + "in_progress_at = :in_progress_at, duration = :duration, time_to_acknowledge = :tta, "
            + "time_to_investigate = :tti, time_to_resolve = :ttr, external_service = :external_service, "
            + "total_comment = :total_comment, total_alerts = :total_alerts";

    private final Jdbi jdbi;
    private final JsonColumns json;
    private final CaseRowMapper mapper;

    public JdbcCaseStore(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
        this.mapper = new CaseRowMapper(json);
    }

    @Override
    public long nextIncrementalId(String space) {
        return jdbi.inTransaction(h -> {
            // The UPDATE takes the counter row's lock until commit: concurrent creators in a space queue here.
            int updated = h.createUpdate("UPDATE case_counters SET last_id = last_id + 1 WHERE space_id = :space")
                    .bind("space", space).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO case_counters (space_id, last_id) VALUES (:space, 0) "
                        + "ON CONFLICT DO NOTHING").bind("space", space).execute();
                h.createUpdate("UPDATE case_counters SET last_id = last_id + 1 WHERE space_id = :space")
                        .bind("space", space).execute();
            }
            return h.createQuery("SELECT last_id FROM case_counters WHERE space_id = :space")
                    .bind("space", space).mapTo(Long.class).one();
        });
    }

    @Override
    public void insert(Case c) {
        // One transaction: a case is never seen (or left after a crash) without its tags and search words.
        jdbi.useTransaction(h -> {
            insertRow(h, c, null, null, "");
            writeIndexRows(h, c);
            CaseWordRows.insert(h, c);
        });
    }

    @Override
    public boolean insertForRule(Case c, String ruleId, String ruleKey) {
        return jdbi.inTransaction(h -> {
            // DO NOTHING on either unique key (id, rule_key): both are derived from the rule key.
            boolean inserted = insertRow(h, c, ruleId, ruleKey, " ON CONFLICT DO NOTHING") == 1;
            if (inserted) {
                writeIndexRows(h, c);
                CaseWordRows.insert(h, c);
            }
            return inserted;
        });
    }

    private int insertRow(Handle h, Case c, String ruleId, String ruleKey, String onConflict) {
        return bindColumns(h.createUpdate("INSERT INTO cases (id, space_id, owner, incremental_id, version, "
                + "created_at, created_by, created_by_username, title, description, status, severity, category, tags, "
                + "assignees, custom_fields, connector, settings, updated_at, updated_by, closed_at, closed_by, "
                + "in_progress_at, duration, time_to_acknowledge, time_to_investigate, time_to_resolve, "
                + "external_service, total_comment, total_alerts, rule_id, rule_key) VALUES (:id, :space, :owner, "
                + ":incremental_id, :version, :created_at, :created_by, :created_by_username, :title, :description, "
                + ":status, :severity, :category, :tags, :assignees, :custom_fields, :connector, :settings, "
                + ":updated_at, :updated_by, :closed_at, :closed_by, :in_progress_at, :duration, :tta, :tti, :ttr, "
                + ":external_service, :total_comment, :total_alerts, :rule_id, :rule_key)" + onConflict), c)
                .bind("space", c.getSpace())
                .bind("owner", c.getOwner().wire())
                .bind("incremental_id", c.getIncrementalId())
                .bind("version", c.getVersion())
                .bind("created_at", ts(c.getCreatedAt()))
                .bind("created_by", json.write(c.getCreatedBy()))
                .bind("created_by_username", c.getCreatedBy().username())
                .bind("rule_id", ruleId)
                .bind("rule_key", ruleKey)
                .execute();
    }

    @Override
    public Optional<Case> find(String space, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM cases WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", space).map(mapper).findOne());
    }

    @Override
    public Optional<Case> findByRuleKey(String ruleKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM cases WHERE rule_key = :key")
                .bind("key", ruleKey).map(mapper).findOne());
    }

    @Override
    public List<Case> findAll(String space, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM cases WHERE space_id = :space AND id IN (<ids>)")
                .bind("space", space).bindList("ids", List.copyOf(ids)).map(mapper).list());
    }

    @Override
    public boolean update(Case c, long expectedVersion) {
        return jdbi.inTransaction(h -> {
            int rows = bindColumns(h.createUpdate("UPDATE cases SET " + COLUMNS + ", version = :new_version "
                    + "WHERE id = :id AND space_id = :space AND version = :expected"), c)
                    .bind("space", c.getSpace())
                    .bind("expected", expectedVersion)
                    .bind("new_version", expectedVersion + 1)
                    .execute();
            if (rows == 0) {
                return false;
            }
            c.setVersion(expectedVersion + 1);
            h.createUpdate("DELETE FROM case_tags WHERE case_id = :id").bind("id", c.getId()).execute();
            h.createUpdate("DELETE FROM case_assignees WHERE case_id = :id").bind("id", c.getId()).execute();
            writeIndexRows(h, c);
            CaseWordRows.update(h, c);
            return true;
        });
    }

    @Override
    public void delete(String space, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // Children go through ON DELETE CASCADE (attachments, alerts, user actions, tags, assignees, words).
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM cases WHERE space_id = :space AND id IN (<ids>)")
                .bind("space", space).bindList("ids", List.copyOf(ids)).execute());
    }

    private <S extends SqlStatement<S>> S bindColumns(S statement, Case c) {
        return statement
                .bind("id", c.getId())
                .bind("title", c.getTitle())
                .bind("description", c.getDescription())
                .bind("status", StoredCodes.status(c.getStatus()))
                .bind("severity", StoredCodes.severity(c.getSeverity()))
                .bind("category", c.getCategory())
                .bind("tags", json.write(c.getTags()))
                .bind("assignees", json.write(c.getAssignees()))
                .bind("custom_fields", json.write(c.getCustomFields()))
                .bind("connector", json.write(c.getConnector()))
                .bind("settings", json.write(c.getSettings()))
                .bind("updated_at", ts(c.getUpdatedAt()))
                .bind("updated_by", json.write(c.getUpdatedBy()))
                .bind("closed_at", ts(c.getClosedAt()))
                .bind("closed_by", json.write(c.getClosedBy()))
                .bind("in_progress_at", ts(c.getInProgressAt()))
                .bind("duration", c.getDuration())
                .bind("tta", c.getTimeToAcknowledge())
                .bind("tti", c.getTimeToInvestigate())
                .bind("ttr", c.getTimeToResolve())
                .bind("external_service", json.write(c.getExternalService()))
                .bind("total_comment", c.getTotalComment())
                .bind("total_alerts", c.getTotalAlerts());
    }

    private static void writeIndexRows(Handle h, Case c) {
        var tags = h.prepareBatch("INSERT INTO case_tags (case_id, tag) VALUES (:id, :tag) ON CONFLICT DO NOTHING");
        c.getTags().stream().distinct().forEach(tag -> tags.bind("id", c.getId()).bind("tag", tag).add());
        if (!c.getTags().isEmpty()) {
            tags.execute();
        }
        var assignees = h.prepareBatch("INSERT INTO case_assignees (case_id, uid) VALUES (:id, :uid)");
        c.getAssignees().forEach(uid -> assignees.bind("id", c.getId()).bind("uid", uid).add());
        if (!c.getAssignees().isEmpty()) {
            assignees.execute();
        }
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
