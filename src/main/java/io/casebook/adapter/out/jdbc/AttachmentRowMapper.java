package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.casebook.domain.AlertRule;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentContent;
import io.casebook.domain.AttachmentType;
import io.casebook.domain.Owner;
import io.casebook.domain.User;
import io.casebook.domain.UserComment;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Maps a row of {@code case_attachments} back to the domain {@link Attachment}. */
final class AttachmentRowMapper implements RowMapper<Attachment> {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JsonColumns json;

    AttachmentRowMapper(JsonColumns json) {
        this.json = json;
    }

    @Override
    public Attachment map(ResultSet rs, StatementContext ctx) throws SQLException {
        Attachment a = new Attachment(rs.getString("id"), rs.getString("case_id"), rs.getString("space_id"),
                Owner.fromWire(rs.getString("owner")).orElseThrow(), content(rs),
                CaseRowMapper.instant(rs, "created_at"), json.read(rs.getString("created_by"), User.class));
        a.setVersion(rs.getLong("version"));
        a.restoreStamps(CaseRowMapper.instant(rs, "updated_at"), json.read(rs.getString("updated_by"), User.class),
                CaseRowMapper.instant(rs, "pushed_at"), json.read(rs.getString("pushed_by"), User.class));
        return a;
    }

    private AttachmentContent content(ResultSet rs) throws SQLException {
        String stored = rs.getString("type");
        AttachmentType type = AttachmentType.fromWire(stored).orElseThrow(() ->
                new IllegalStateException("Unknown attachment type in store: " + stored));
        return switch (type) {
            case USER -> new UserComment(rs.getString("comment"));
            case ALERT -> new AttachedAlerts(json.read(rs.getString("alert_ids"), STRINGS),
                    json.read(rs.getString("alert_indices"), STRINGS),
                    json.read(rs.getString("rule"), AlertRule.class));
        };
    }
}
