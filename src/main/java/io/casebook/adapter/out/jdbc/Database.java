package io.casebook.adapter.out.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.casebook.config.Settings;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.time.Duration;

/** The connection pool, migrated schema and JDBI handle; H2 under the data dir unless a URL is configured. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final boolean postgres;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.jdbi = Jdbi.create(dataSource);
    }

    public static Database open(Settings settings) {
        HikariConfig config = new HikariConfig();
        String url = settings.find("casebook.db.url").orElseGet(() -> embeddedUrl(settings.dataDir()));
        if (url.startsWith("jdbc:h2:")) {
            // See H2WriteGate: one writer at a time is what keeps H2's file consistent through a SIGKILL.
            config.setDataSource(new GatedH2DataSource(url,
                    Duration.ofMillis(settings.getInt("casebook.db.h2-write-wait-ms", 60_000))));
        } else {
            config.setJdbcUrl(url);
        }
        config.setUsername(settings.get("casebook.db.user", ""));
        config.setPassword(settings.get("casebook.db.password", ""));
        config.setMaximumPoolSize(settings.getInt("casebook.db.pool-size", 10));
        config.setPoolName("casebook-db");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, url.startsWith("jdbc:postgresql:"));
    }

    /**
     * H2 in PostgreSQL mode, so one set of migrations and statements serves both databases. {@code WRITE_DELAY=0}
     * makes every commit write its changes to the file before it returns, in the committing thread, which is
     * what lets the engine acknowledge an alert once its transaction commits. H2's default (a background
     * writer every 500 ms) lost commits to a SIGKILL; a CHECKPOINT after each commit, tried before, still left
     * a window: it is skipped when the background writer has just started an asynchronous store of the same
     * changes (MVStore.commit only stores when no other store ran meanwhile). H2CommitDurabilityIT kills it.
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("casebook")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
