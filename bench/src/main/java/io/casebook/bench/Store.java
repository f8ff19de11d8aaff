package io.casebook.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** A database the engine runs on, and how the bench reaches it directly (bulk loads, while the engine is stopped). */
record Store(String name, String jdbcUrl, String user, String password, Map<String, String> engineSettings) {

    /** The engine's embedded default: H2 file under its data dir (the URL {@code Database.embeddedUrl} builds). */
    static Store h2(Path dataDir) {
        return new Store("H2", "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("casebook")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "", "", Map.of());
    }

    static Store postgres(String url, String user, String password) {
        return new Store("PostgreSQL", url, user, password, Map.of("casebook.db.url", url, "casebook.db.user", user,
                "casebook.db.password", password));
    }

    boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
