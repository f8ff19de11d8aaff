package io.casebook.support;

import io.casebook.adapter.out.jdbc.Database;
import io.casebook.config.Settings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks into the engine's database from the test (same H2 file in this JVM, or the PostgreSQL database):
 * finds alerts by identity, which the API cannot do yet, and breaks the schema to simulate an outage.
 */
public final class StoredAlerts {

    private final Settings settings;

    public StoredAlerts(TestEngine engine) {
        this.settings = engine.settings();
    }

    /** The id of the alert stored under (source, fingerprint), if any. */
    public Optional<String> idOf(String source, String fingerprint) {
        return query("SELECT id FROM alerts WHERE source = ? AND fingerprint = ?", source, fingerprint);
    }

    /** How many deliveries (HTTP requests, JMS messages) carried a payload containing the text. */
    public int deliveriesContaining(String text) {
        return Integer.parseInt(query("SELECT COUNT(*) FROM alert_deliveries WHERE payload LIKE ?",
                "%" + text + "%").orElseThrow());
    }

    /** Alert events the rules have not routed yet (parked ones aside). */
    public int waitingEvents() {
        return Integer.parseInt(query("SELECT COUNT(*) FROM alert_events WHERE routed_at IS NULL AND parked_at IS NULL")
                .orElseThrow());
    }

    /** Rows of a query, each a column-name to text map. */
    public List<Map<String, String>> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, String>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Optional<String> query(String sql, String... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        String url = settings.find("casebook.db.url").orElseGet(() -> Database.embeddedUrl(settings.dataDir()));
        return DriverManager.getConnection(url, settings.get("casebook.db.user", ""),
                settings.get("casebook.db.password", ""));
    }
}
