package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.casebook.application.ingest.StoredAlert;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertLink;
import io.casebook.domain.AlertRule;
import io.casebook.domain.alert.AlertStatus;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Maps a row of {@code alerts} to a {@link StoredAlert} (history loaded separately). */
final class AlertRowMapper implements RowMapper<StoredAlert> {

    private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<List<AlertLink>> LINKS = new TypeReference<>() { };

    private final JsonColumns json;

    AlertRowMapper(JsonColumns json) {
        this.json = json;
    }

    @Override
    public StoredAlert map(ResultSet rs, StatementContext ctx) throws SQLException {
        String severity = rs.getString("severity");
        String ruleId = rs.getString("rule_id");
        Alert alert = new Alert(rs.getString("source"), rs.getString("fingerprint"),
                AlertStatus.fromWire(rs.getString("status")).orElseThrow(),
                severity == null ? null : Severity.fromWire(severity), rs.getString("title"),
                rs.getString("description"), json.read(rs.getString("labels"), LABELS),
                json.read(rs.getString("fields"), FIELDS), CaseRowMapper.instant(rs, "starts_at"),
                CaseRowMapper.instant(rs, "ends_at"), json.read(rs.getString("links"), LINKS),
                ruleId == null ? null : new AlertRule(ruleId, rs.getString("rule_name")), rs.getString("group_key"));
        return new StoredAlert(rs.getString("id"), rs.getString("format"), alert,
                CaseRowMapper.instant(rs, "first_seen_at"), CaseRowMapper.instant(rs, "last_seen_at"),
                rs.getString("last_delivery_id"), List.of());
    }
}
