package io.casebook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link TestEngine} whose database the test can also reach over JDBC, to see rows the API does not show
 * (what a cascade removed) or to set what the API cannot (a case created hours ago). H2 file database by
 * default; a fresh PostgreSQL database with {@code -Dcasebook.test.db=postgres}.
 */
public final class EngineWithSql implements AutoCloseable {

    private final TestEngine engine;
    private final String url;
    private final String user;
    private final String password;

    private EngineWithSql(TestEngine engine, Map<String, String> db) {
        this.engine = engine;
        this.url = db.get("casebook.db.url");
        this.user = db.getOrDefault("casebook.db.user", "");
        this.password = db.getOrDefault("casebook.db.password", "");
    }

    public static EngineWithSql start() {
        try {
            Path dir = Files.createTempDirectory("casebook-test");
            Map<String, String> db = Database.postgres() ? Postgres.freshDatabase()
                    : Map.of("casebook.db.url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("casebook")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            Map<String, String> overrides = new HashMap<>(db);
            overrides.put("casebook.data.dir", dir.toString());
            return new EngineWithSql(TestEngine.start(overrides), db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api() {
        return engine.api();
    }

    public int port() {
        return engine.port();
    }

    /** The single number a query answers (a COUNT(*)). */
    public long number(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs an INSERT/UPDATE/DELETE; answers the rows it touched. */
    public int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    @Override
    public void close() {
        engine.close();
    }
}
