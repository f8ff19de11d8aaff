package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.casebook.domain.Case;
import io.casebook.domain.CaseSettings;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.ExternalService;
import io.casebook.domain.Owner;
import io.casebook.domain.User;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Maps a row of {@code cases} back to the domain {@link Case}. */
final class CaseRowMapper implements RowMapper<Case> {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<CustomFieldValue>> CUSTOM_FIELDS = new TypeReference<>() { };

    private final JsonColumns json;

    CaseRowMapper(JsonColumns json) {
        this.json = json;
    }

    @Override
    public Case map(ResultSet rs, StatementContext ctx) throws SQLException {
        Owner owner = Owner.fromWire(rs.getString("owner")).orElseThrow();
        Case c = new Case(rs.getString("id"), rs.getString("space_id"), owner, instant(rs, "created_at"),
                json.read(rs.getString("created_by"), User.class));
        c.setIncrementalId(rs.getLong("incremental_id"));
        c.setVersion(rs.getLong("version"));
        c.setTitle(rs.getString("title"));
        c.setDescription(rs.getString("description"));
        c.setSeverity(StoredCodes.severity(rs.getInt("severity")));
        c.setCategory(rs.getString("category"));
        c.setTags(json.read(rs.getString("tags"), STRINGS));
        c.setAssignees(json.read(rs.getString("assignees"), STRINGS));
        c.setCustomFields(json.read(rs.getString("custom_fields"), CUSTOM_FIELDS));
        c.setConnector(json.read(rs.getString("connector"), ConnectorRef.class));
        c.setSettings(json.read(rs.getString("settings"), CaseSettings.class));
        c.setExternalService(json.read(rs.getString("external_service"), ExternalService.class));
        c.setTotals(rs.getInt("total_comment"), rs.getInt("total_alerts"));
        c.restoreLifecycle(StoredCodes.status(rs.getInt("status")), instant(rs, "updated_at"),
                json.read(rs.getString("updated_by"), User.class), instant(rs, "closed_at"),
                json.read(rs.getString("closed_by"), User.class), instant(rs, "in_progress_at"),
                nullableLong(rs, "duration"), nullableLong(rs, "time_to_acknowledge"),
                nullableLong(rs, "time_to_investigate"), nullableLong(rs, "time_to_resolve"));
        return c;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
