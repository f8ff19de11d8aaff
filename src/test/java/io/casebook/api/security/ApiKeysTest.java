package io.casebook.api.security;

import io.casebook.EngineOverrides;
import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.CasebookApp;
import io.casebook.support.Api;
import io.casebook.support.AuditLines;
import io.casebook.support.IngestYaml;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.MutableClock;
import io.casebook.support.NewCaseBody;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Elasticsearch's API key API: create (secret once), use, list without secrets, invalidate, expire. */
class ApiKeysTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    static TestEngine engine;
    static InspectableDatabase db;
    static Api api;
    static Api alice;

    @BeforeAll
    static void start() {
        db = InspectableDatabase.fresh();
        Map<String, String> settings = new HashMap<>(UsersYaml.file(
                UsersYaml.user("alice", "Alice Analyst", "alice@example.com", "alice-secret-1", "soc_analyst"),
                UsersYaml.user("bob", "Bob", "bob@example.com", "bob-secret-1", "viewer")));
        settings.putAll(db.settings());
        engine = TestEngine.start(settings, new EngineOverrides(CLOCK, null));
        api = engine.api();
        alice = api.as("alice", "alice-secret-1");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aKeyIsCreatedOnceUsedAsItsOwnerAndListedWithoutItsSecret() {
        Api.Result created = alice.post("/_security/api_key", Map.of("name", "alice-script"));

        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        JsonNode key = created.body();
        assertThat(key.path("name").asText()).isEqualTo("alice-script");
        assertThat(key.path("id").asText()).hasSize(20);
        assertThat(key.path("api_key").asText()).hasSize(22);
        assertThat(key.has("expiration")).isFalse();
        assertThat(new String(Base64.getDecoder().decode(key.path("encoded").asText()), StandardCharsets.UTF_8))
                .isEqualTo(key.path("id").asText() + ":" + key.path("api_key").asText());

        Api viaKey = api.withAuthorization("ApiKey " + key.path("encoded").asText());
        Api.Result made = viaKey.post("/api/cases",
                NewCaseBody.titled("Made with a key").with("owner", "securitySolution").body());
        assertThat(made.status()).as(made.raw()).isEqualTo(200);
        assertThat(made.body().path("created_by").path("username").asText()).isEqualTo("alice");
        assertThat(made.body().path("created_by").path("full_name").asText()).isEqualTo("Alice Analyst");

        Api.Result listed = alice.get("/_security/api_key?name=alice-script");
        assertThat(listed.status()).isEqualTo(200);
        JsonNode entry = listed.body().path("api_keys").get(0);
        assertThat(entry.path("id").asText()).isEqualTo(key.path("id").asText());
        assertThat(entry.path("username").asText()).isEqualTo("alice");
        assertThat(entry.path("realm").asText()).isEqualTo("file");
        assertThat(entry.path("invalidated").asBoolean()).isFalse();
        assertThat(entry.path("creation").asLong()).isEqualTo(CLOCK.instant().toEpochMilli());
        assertThat(listed.raw()).doesNotContain(key.path("api_key").asText()).doesNotContain("sha256")
                .doesNotContain("api_key\"");

        JsonNode createdEvent = last("api_key_created");
        assertThat(createdEvent.path("user").asText()).isEqualTo("alice");
        assertThat(createdEvent.path("api_key_id").asText()).isEqualTo(key.path("id").asText());
        assertThat(createdEvent.path("source_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(AuditLines.text(engine.auditLog())).doesNotContain(key.path("api_key").asText())
                .doesNotContain(key.path("encoded").asText());
    }

    @Test
    void anInvalidatedKeyNoLongerAuthenticates() {
        JsonNode key = alice.post("/_security/api_key", Map.of("name", "short-lived")).body();
        Api viaKey = api.withAuthorization("ApiKey " + key.path("encoded").asText());
        assertThat(viaKey.get("/api/cases/_find").status()).isEqualTo(200);

        Api.Result invalidated = alice.delete("/_security/api_key", Map.of("ids", List.of(key.path("id").asText())));

        assertThat(invalidated.status()).as(invalidated.raw()).isEqualTo(200);
        assertThat(invalidated.body()).isEqualTo(Api.json("{\"invalidated_api_keys\":[\"" + key.path("id").asText()
                + "\"],\"previously_invalidated_api_keys\":[],\"error_count\":0}"));
        Api.Result refused = viaKey.get("/api/cases/_find");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(last("authentication_failed").path("reason").asText()).isEqualTo("API key is invalidated");
        assertThat(last("api_key_invalidated").path("api_key_id").asText()).isEqualTo(key.path("id").asText());

        Api.Result again = alice.delete("/_security/api_key", Map.of("ids", List.of(key.path("id").asText())));
        assertThat(again.body().path("invalidated_api_keys")).isEmpty();
        assertThat(again.body().path("previously_invalidated_api_keys").get(0).asText())
                .isEqualTo(key.path("id").asText());
        JsonNode listed = alice.get("/_security/api_key?id=" + key.path("id").asText()).body().path("api_keys").get(0);
        assertThat(listed.path("invalidated").asBoolean()).isTrue();
        assertThat(listed.path("invalidation").asLong()).isPositive();
    }

    @Test
    void anExpiredKeyNoLongerAuthenticates() {
        JsonNode key = alice.post("/_security/api_key", Map.of("name", "one-day", "expiration", "1d")).body();
        assertThat(key.path("expiration").asLong()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(1)).toEpochMilli());
        Api viaKey = api.withAuthorization("ApiKey " + key.path("encoded").asText());
        assertThat(viaKey.get("/api/cases/_find").status()).isEqualTo(200);

        CLOCK.advance(Duration.ofHours(23));
        assertThat(viaKey.get("/api/cases/_find").status()).isEqualTo(200);
        CLOCK.advance(Duration.ofHours(1));
        assertThat(viaKey.get("/api/cases/_find").status()).isEqualTo(401);
        assertThat(last("authentication_failed").path("reason").asText()).isEqualTo("API key is expired");
    }

    @Test
    void aWrongSecretOrUnknownIdIsRefused() {
        JsonNode key = alice.post("/_security/api_key", Map.of("name", "guessed")).body();
        String wrong = Base64.getEncoder().encodeToString((key.path("id").asText() + ":" + "x".repeat(22))
                .getBytes(StandardCharsets.UTF_8));
        Api.Result refused = api.withAuthorization("ApiKey " + wrong).get("/api/cases/_find");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("message")).startsWith("[security_exception]: unable to authenticate with provided");
        assertThat(last("authentication_failed").path("reason").asText()).isEqualTo("wrong API key secret");
        assertThat(last("authentication_failed").path("user").asText()).isEqualTo(key.path("id").asText());

        String unknown = Base64.getEncoder().encodeToString("nope:nope".getBytes(StandardCharsets.UTF_8));
        assertThat(api.withAuthorization("ApiKey " + unknown).get("/api/cases/_find").status()).isEqualTo(401);
        assertThat(last("authentication_failed").path("reason").asText()).isEqualTo("unknown API key");
    }

    @Test
    void usersSeeAndInvalidateOnlyTheirOwnKeysWhileTheSuperuserSeesAll() {
        Api bob = api.as("bob", "bob-secret-1");
        JsonNode bobs = bob.post("/_security/api_key", Map.of("name", "bob-key")).body();
        JsonNode elastics = api.post("/_security/api_key", Map.of("name", "elastic-key")).body();

        List<String> bobSees = names(bob.get("/_security/api_key"));
        assertThat(bobSees).containsExactly("bob-key");
        assertThat(names(api.get("/_security/api_key"))).contains("bob-key", "elastic-key");
        assertThat(names(api.get("/_security/api_key?owner=true"))).contains("elastic-key").doesNotContain("bob-key");
        JsonNode elasticEntry = api.get("/_security/api_key?name=elastic-key").body().path("api_keys").get(0);
        assertThat(elasticEntry.path("realm").asText()).isEqualTo("reserved");

        Api.Result bobTries = bob.delete("/_security/api_key", Map.of("ids", List.of(elastics.path("id").asText())));
        assertThat(bobTries.body().path("invalidated_api_keys")).isEmpty();
        assertThat(api.withAuthorization("ApiKey " + elastics.path("encoded").asText()).get("/api/cases/_find")
                .status()).isEqualTo(200);

        Api.Result byName = api.delete("/_security/api_key", Map.of("name", "bob-key"));
        assertThat(byName.body().path("invalidated_api_keys").get(0).asText()).isEqualTo(bobs.path("id").asText());
        assertThat(api.withAuthorization("ApiKey " + bobs.path("encoded").asText()).get("/api/cases/_find")
                .status()).isEqualTo(401);
    }

    @Test
    void theKeyCarriesItsOwnersRoles() {
        JsonNode key = alice.post("/internal/security/api_key", Map.of("name", "kibana-alias")).body();
        assertThat(key.path("encoded").asText()).isNotEmpty();
        // The caller's roles reach the use cases: an API key cannot make keys, a password can.
        Api viaKey = api.withAuthorization("ApiKey " + key.path("encoded").asText());
        Api.Result derived = viaKey.post("/_security/api_key", Map.of("name", "derived"));
        assertThat(derived.status()).isEqualTo(400);
        assertThat(derived.text("message")).contains("An API key cannot create API keys");
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        assertBad(alice.post("/_security/api_key", Map.of("expiration", "1d")), "[name] is required");
        assertBad(alice.post("/_security/api_key", Map.of("name", " ")), "[name] is required");
        assertBad(alice.post("/_security/api_key", Map.of("name", "n".repeat(1025))), "1024");
        assertThat(alice.post("/_security/api_key", Map.of("name", "n".repeat(1024))).status()).isEqualTo(200);
        assertBad(alice.post("/_security/api_key", Map.of("name", "k", "expiration", "1y")), "[expiration]");
        assertBad(alice.post("/_security/api_key", Map.of("name", "k", "expiration", "0d")), "[expiration]");
        assertBad(alice.post("/_security/api_key", Map.of("name", "k", "role_descriptors",
                Map.of("r", Map.of("cluster", List.of("all"))))), "role_descriptors");
        assertBad(alice.post("/_security/api_key", Map.of("name", "k", "colour", "red")), "invalid keys \"colour\"");
        assertBad(alice.delete("/_security/api_key", Map.of()), "must be specified");
    }

    private static void assertBad(Api.Result result, String message) {
        assertThat(result.status()).as(result.raw()).isEqualTo(400);
        assertThat(result.text("message")).contains(message);
    }

    private static List<String> names(Api.Result listed) {
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        return listed.body().path("api_keys").findValuesAsText("name");
    }

    private static JsonNode last(String event) {
        List<JsonNode> lines = AuditLines.events(engine.auditLog(), event);
        assertThat(lines).as(event + " lines").isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    @Test
    void theStoredRowHoldsOnlyTheSecretsSha256() {
        JsonNode key = alice.post("/_security/api_key", Map.of("name", "stored-hashed")).body();
        String secret = key.path("api_key").asText();
        String encoded = key.path("encoded").asText();
        assertThat(api.withAuthorization("ApiKey " + encoded).get("/api/cases/_find").status()).isEqualTo(200);

        List<Map<String, Object>> rows = db.query("SELECT * FROM api_keys WHERE id = ?", key.path("id").asText());

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("secret_hash")).isEqualTo("sha256:" + IngestYaml.sha256(secret));
        for (Map.Entry<String, Object> column : rows.get(0).entrySet()) {
            String value = String.valueOf(column.getValue());
            assertThat(value).as(column.getKey()).doesNotContain(secret).doesNotContain(encoded)
                    .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
