package io.casebook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh database (H2 file, or PostgreSQL under {@code -Dcasebook.test.db=postgres}) that a test hands to
 * {@link TestEngine#start(Map)} and can also query directly, to check rows no API shows yet.
 */
public final class InspectableDatabase {

    private final String url;
    private final String user;
    private final String password;

    private InspectableDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static InspectableDatabase fresh() {
        if (Database.postgres()) {
            Map<String, String> pg = Postgres.freshDatabase();
            return new InspectableDatabase(pg.get("casebook.db.url"), pg.get("casebook.db.user"), "");
        }
        try {
            // The engine's own H2 settings: a second connection in this JVM then shares its open database.
            String url = "jdbc:h2:file:" + Files.createTempDirectory("casebook-db").resolve("casebook")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            return new InspectableDatabase(url, "", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine settings that point it at this database. */
    public Map<String, String> settings() {
        return Map.of("casebook.db.url", url, "casebook.db.user", user, "casebook.db.password", password);
    }

    /** Rows of a query, each a column-name to value map in column order. */
    public List<Map<String, Object>> query(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                        row.put(rs.getMetaData().getColumnLabel(col).toLowerCase(), rs.getObject(col));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
