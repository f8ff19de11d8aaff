package io.casebook.adapter.out.jdbc;

import io.casebook.application.ingest.AlertPage;
import io.casebook.application.ingest.AlertQuery;
import io.casebook.domain.alert.AlertStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of an alert listing, built from fixed column names and numbered bind parameters only:
 * no value from the request is ever part of the SQL text.
 */
final class AlertSearchSql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    AlertSearchSql(AlertQuery query) {
        anyOf("source", query.sources());
        anyOf("format", query.formats());
        anyOf("status", query.statuses().stream().map(AlertStatus::wire).toList());
        anyOf("fingerprint", query.fingerprints());
        if (query.lastSeenFrom() != null) {
            conditions.add("last_seen_at >= :seen_from");
            binds.put("seen_from", JdbcCaseStore.ts(query.lastSeenFrom()));
        }
        if (query.lastSeenTo() != null) {
            conditions.add("last_seen_at <= :seen_to");
            binds.put("seen_to", JdbcCaseStore.ts(query.lastSeenTo()));
        }
    }

    AlertPage page(Handle h, AlertRowMapper mapper, int offset, int limit) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = bindAll(h.createQuery("SELECT COUNT(*) FROM alerts" + where)).mapTo(Long.class).one();
        // id breaks ties between alerts last seen in the same instant, so pages never overlap or skip.
        var rows = bindAll(h.createQuery("SELECT * FROM alerts" + where
                        + " ORDER BY last_seen_at DESC, id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", limit).bind("offset", offset)
                .map(mapper).list();
        return new AlertPage(rows, total);
    }

    private void anyOf(String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(values.size());
        for (String value : values) {
            String name = column + "_" + names.size();
            names.add(":" + name);
            binds.put(name, value);
        }
        conditions.add(column + " IN (" + String.join(", ", names) + ")");
    }

    private <S extends SqlStatement<S>> S bindAll(S statement) {
        binds.forEach((name, value) -> {
            if (value instanceof Timestamp ts) {
                statement.bind(name, ts);
            } else {
                statement.bind(name, (String) value);
            }
        });
        return statement;
    }
}
