package io.casebook.security;

import io.casebook.EngineOverrides;
import io.casebook.CasebookApp;
import io.casebook.support.Api;
import io.casebook.support.AuditLines;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The built-in superuser's password: generated and shown once on first start with only its hash stored,
 * kept across restarts, replaced by CASEBOOK_ELASTIC_PASSWORD, which wins over the setting.
 */
class ElasticBootstrapTest {

    private static final Pattern SHOWN = Pattern.compile("\"elastic\":\\R\\R {3}(\\S+)\\R");

    @Test
    void aGeneratedPasswordIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        Map<String, String> settings = settings(Files.createTempDirectory("bootstrap"), "");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String password;
        try (TestEngine first = start(settings, console, name -> null)) {
            Matcher shown = SHOWN.matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(shown.find()).as(console.toString(StandardCharsets.UTF_8)).isTrue();
            password = shown.group(1);
            assertThat(password).hasSize(20);
            assertThat(first.api().as("elastic", password).get("/api/cases/_find").status()).isEqualTo(200);
            assertThat(first.api().get("/api/cases/_find").status()).isEqualTo(401);
            assertThat(AuditLines.events(first.auditLog(), "bootstrap_password_generated")).hasSize(1);
        }
        Path dataDir = Path.of(settings.get("casebook.data.dir"));
        assertThat(storedHash(dataDir)).startsWith("$2a$04$").doesNotContain(password);
        assertNowhereIn(dataDir, password);

        ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
        try (TestEngine second = start(settings, secondConsole, name -> null)) {
            assertThat(secondConsole.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(second.api().as("elastic", password).get("/api/cases/_find").status()).isEqualTo(200);
            assertThat(AuditLines.events(second.auditLog(), "bootstrap_password_generated")).hasSize(1);
        }
        assertNowhereIn(dataDir, password);
    }

    @Test
    void theEnvironmentVariableReplacesTheStoredPasswordAndWinsOverTheSetting() throws Exception {
        Map<String, String> settings = settings(Files.createTempDirectory("bootstrap"), "from-setting-1");
        try (TestEngine first = start(settings, new ByteArrayOutputStream(), name -> null)) {
            assertThat(first.api().as("elastic", "from-setting-1").get("/api/cases/_find").status()).isEqualTo(200);
        }
        Function<String, String> env = name -> name.equals("CASEBOOK_ELASTIC_PASSWORD") ? "from-env-22" : null;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (TestEngine second = start(settings, console, env)) {
            assertThat(second.api().as("elastic", "from-env-22").get("/api/cases/_find").status()).isEqualTo(200);
            assertThat(second.api().as("elastic", "from-setting-1").get("/api/cases/_find").status()).isEqualTo(401);
            assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(AuditLines.events(second.auditLog(), "bootstrap_password_replaced")).hasSize(1);
        }
        // Without any configured password, the last one set stands.
        Map<String, String> none = new HashMap<>(settings);
        none.put("casebook.auth.elastic-password", "");
        try (TestEngine third = start(none, new ByteArrayOutputStream(), name -> null)) {
            assertThat(third.api().as("elastic", "from-env-22").get("/api/cases/_find").status()).isEqualTo(200);
        }
        Path dataDir = Path.of(settings.get("casebook.data.dir"));
        assertNowhereIn(dataDir, "from-env-22");
        assertNowhereIn(dataDir, "from-setting-1");
    }

    @Test
    void aTooShortPasswordStopsStartup() throws IOException {
        Map<String, String> settings = settings(Files.createTempDirectory("bootstrap"), "short");
        assertThatThrownBy(() -> start(settings, new ByteArrayOutputStream(), name -> null))
                .hasMessageContaining("at least 6 characters");
    }

    private static Map<String, String> settings(Path dataDir, String elasticPassword) {
        Map<String, String> settings = new HashMap<>(Map.of("casebook.data.dir", dataDir.toString(),
                "casebook.auth.elastic-password", elasticPassword));
        // The embedded H2 in the data dir, so that the test can look at every byte the engine stored.
        settings.put("casebook.db.url", "");
        return settings;
    }

    private static TestEngine start(Map<String, String> settings, ByteArrayOutputStream console,
                                    Function<String, String> environment) {
        return TestEngine.start(settings, new EngineOverrides(null, null, environment,
                new PrintStream(console, true, StandardCharsets.UTF_8)));
    }

    private static String storedHash(Path dataDir) throws SQLException {
        String url = io.casebook.adapter.out.jdbc.Database.embeddedUrl(dataDir);
        try (Connection c = DriverManager.getConnection(url, "", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT password_hash FROM builtin_users WHERE username = 'elastic'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** No file under the data dir (database, broker store, audit log...) holds the password's bytes. */
    private static void assertNowhereIn(Path dir, String password) throws IOException {
        byte[] needle = password.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).isNotEmpty();
            for (Path file : all) {
                assertThat(indexOf(Files.readAllBytes(file), needle)).as(file.toString()).isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
