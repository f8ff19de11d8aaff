package io.casebook.support;

import io.casebook.EngineOverrides;
import io.casebook.CasebookApp;
import io.casebook.config.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts the real engine on a free port with its own data directory (H2 unless a DB URL is given). */
public final class TestEngine implements AutoCloseable {

    private final CasebookApp app;
    private final Path dataDir;
    private final Api api;

    private TestEngine(CasebookApp app, Path dataDir) {
        this.app = app;
        this.dataDir = dataDir;
        this.api = new Api(app.port());
    }

    /** The engine's audit log, {@code <data dir>/audit.log}: one JSON object per line. */
    public Path auditLog() {
        return dataDir.resolve("audit.log");
    }

    public static TestEngine start() {
        return start(Map.of());
    }

    public static TestEngine start(Map<String, String> overrides) {
        return start(overrides, EngineOverrides.NONE);
    }

    /** With the engine's clock or template renderer replaced (rules tests move time, render templates). */
    public static TestEngine start(Map<String, String> overrides, EngineOverrides hooks) {
        try {
            Path dir = overrides.containsKey("casebook.data.dir")
                    ? Path.of(overrides.get("casebook.data.dir"))
                    : Files.createTempDirectory("casebook-test");
            // The embedded broker on a free port too: 61616 may be a real broker (.ci/run starts one).
            Map<String, String> all = new HashMap<>(Map.of("casebook.http.port", "0",
                    "casebook.http.host", "127.0.0.1", "casebook.data.dir", dir.toString(),
                    "casebook.broker.embedded-url", "tcp://127.0.0.1:0"));
            all.putAll(testSettings());
            if (!overrides.containsKey("casebook.db.url")) {
                all.putAll(Database.overrides());
            }
            all.putAll(overrides);
            if (Database.postgres() && !all.getOrDefault("casebook.db.url", "").startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("PostgreSQL run without a PostgreSQL URL: " + all);
            }
            return new TestEngine(CasebookApp.start(Settings.load(all), hooks), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Settings of every test engine, in-process or packaged: elastic has {@link Api#ELASTIC_PASSWORD} (which
     * {@link Api} sends by default), hashes are made at bcrypt's lowest cost so that starting an engine stays
     * fast, and there are no rate limits (failed logins included).
     */
    public static Map<String, String> testSettings() {
        return Map.of("casebook.auth.elastic-password", Api.ELASTIC_PASSWORD,
                "casebook.auth.password-hash-cost", "4",
                // No rate limits unless a test sets them: suites fire requests faster than any real user
                // (KillDuringBurstIT's check of 300 alerts in a row met the 100/s API limit and saw 429s).
                "casebook.api.rate-per-second", "0",
                "casebook.ingest.rate-per-second", "0",
                // Suites try wrong passwords on purpose, many from one address.
                "casebook.auth.failed-logins-per-minute", "0");
    }

    /**
     * An engine whose roles are {@code rolesYaml} (a roles.yaml written to its data directory) and whose callers
     * are who {@link Api#actingAs} says, with the roles it names; a request without them is a superuser.
     */
    public static TestEngine withRoles(String rolesYaml) {
        try {
            Path dir = Files.createTempDirectory("casebook-test");
            Path roles = dir.resolve("roles.yaml");
            Files.writeString(roles, rolesYaml);
            return start(Map.of("casebook.data.dir", dir.toString(), "casebook.auth.roles-file", roles.toString()),
                    EngineOverrides.NONE.withAuthenticator(new RoleHeaderAuthenticator()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api() {
        return api;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return app.port();
    }

    /** The OpenWire URL of the engine's broker, for tests that publish to it. */
    public String brokerUrl() {
        return app.brokerUrl();
    }

    /** The engine itself: its rule book and counters, for tests that set rules in code. */
    public CasebookApp app() {
        return app;
    }

    /** The engine's effective settings (e.g. to reach its database from a test helper). */
    public Settings settings() {
        return app.settings();
    }

    @Override
    public void close() {
        app.close();
    }
}
