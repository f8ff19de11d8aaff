package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.EngineOverrides;
import io.casebook.support.LogCapture;
import io.casebook.support.RawRequests;
import io.casebook.support.Api;
import io.casebook.support.AuditLines;
import io.casebook.support.Fixtures;
import io.casebook.support.IngestYaml;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials never leave either: a users.yaml password, an API key's {@code api_key} and {@code encoded}, an ingest
 * bearer token, an ingest Basic password and a PagerDuty routing key are each used in requests that succeed and in
 * requests that fail (wrong credentials that contain them, forbidden or malformed requests that carry them); every
 * answer's headers and body (but the one that creates the key, whose job is to show it once), every log line the
 * engine wrote meanwhile (its own at DEBUG) and the audit log are scanned for them and their Basic forms.
 */
class CredentialLeakTest {

    private static final String NEW_CASE = "{\"title\":\"t\",\"description\":\"d\",\"tags\":[],\"owner\":\"cases\","
            + "\"connector\":{\"id\":\"none\",\"name\":\"none\",\"type\":\".none\",\"fields\":null},"
            + "\"settings\":{\"syncAlerts\":false}}";
    private static final String ALICE_PASSWORD = "alice-" + UUID.randomUUID();
    private static final String SENDER_PASSWORD = "sender-" + UUID.randomUUID();
    private static final String TOKEN = "token-" + UUID.randomUUID();
    /** A PagerDuty routing key has 32 characters. */
    private static final String ROUTING_KEY = "R" + HexFormat.of().formatHex(UUID.randomUUID().toString()
            .getBytes(StandardCharsets.UTF_8)).substring(0, 31);
    private final List<String> markers = new ArrayList<>(List.of(ALICE_PASSWORD, SENDER_PASSWORD, TOKEN, ROUTING_KEY,
            basicForm("alice", ALICE_PASSWORD), basicForm("am-sender", SENDER_PASSWORD)));
    private final List<String> answers = new ArrayList<>();
    private LogCapture logs;
    private TestEngine engine;
    private Path auditLog;

    @BeforeEach
    void start() {
        logs = LogCapture.engineAtDebug(Map.of(), "casebook.audit"); // the audit log is not additive: it has a file of its own
        Map<String, String> settings = new HashMap<>(UsersYaml.file(
                UsersYaml.user("alice", "Alice", "alice@example.com", ALICE_PASSWORD, "viewer")));
        settings.put("casebook.ingest.file", IngestYaml.write("""
                sources:
                  prom:
                    token: ${env:LEAK_TOKEN}
                    formats: [alertmanager, native]
                    spaces: [default]
                  am:
                    basic: {username: am-sender, password_hash: "%s"}
                pagerduty_integrations:
                  payments:
                    routing_key: ${env:LEAK_ROUTING_KEY}
                """.formatted(UsersYaml.hash(SENDER_PASSWORD))).toString());
        Map<String, String> env = Map.of("LEAK_TOKEN", TOKEN, "LEAK_ROUTING_KEY", ROUTING_KEY);
        engine = TestEngine.start(settings, new EngineOverrides(null, null, env::get));
        auditLog = engine.auditLog();
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    void noCredentialAppearsInAnyAnswerOrLogLine() {
        String alice = "Basic " + basicForm("alice", ALICE_PASSWORD);
        String elastic = Api.basic("elastic", Api.ELASTIC_PASSWORD);
        expect(200, "GET", "/api/cases/_find", alice, null);
        expect(403, "POST", "/api/cases", alice, NEW_CASE);
        expect(404, "GET", "/api/cases/no-such-case", alice, null);
        expect(401, "GET", "/api/cases/_find", Api.basic("alice", ALICE_PASSWORD + "x"), null);
        expect(401, "GET", "/api/cases/_find", Api.basic("bob", ALICE_PASSWORD), null);
        expect(401, "GET", "/api/cases/_find", "Basic " + basicForm("alice", ALICE_PASSWORD) + "=", null);

        JsonNode key = createKey(alice);
        String viaKey = "ApiKey " + key.path("encoded").asText();
        expect(200, "GET", "/api/cases/_find", viaKey, null);
        expect(200, "GET", "/_security/api_key?owner=true", viaKey, null);
        expect(200, "GET", "/_security/api_key", elastic, null);
        expect(403, "POST", "/api/cases", viaKey, NEW_CASE);
        expect(400, "POST", "/_security/api_key", viaKey, "{\"name\":\"from-a-key\"}");
        expect(401, "GET", "/api/cases/_find", "ApiKey " + key.path("encoded").asText() + "x", null);
        expect(401, "GET", "/api/cases/_find", "ApiKey " + basicForm(key.path("id").asText(),
                key.path("api_key").asText() + "x"), null);
        expect(401, "GET", "/api/cases/_find", "ApiKey " + basicForm("no-such-id", key.path("api_key").asText()),
                null);
        expect(200, "DELETE", "/_security/api_key", alice, "{\"ids\":[\"" + key.path("id").asText() + "\"]}");
        expect(401, "GET", "/api/cases/_find", viaKey, null);

        String bearer = "Bearer " + TOKEN;
        expect(202, "POST", "/api/alerts", bearer, nativeAlert());
        expect(202, "POST", "/api/alerts/alertmanager", bearer, Fixtures.text("alertmanager/alertmanager-v4-firing.json"));
        expect(403, "POST", "/api/alerts/elastic", bearer, "{}");
        expect(404, "POST", "/s/soc/api/alerts", bearer, nativeAlert());
        expect(400, "POST", "/api/alerts", bearer, "{\"source\":\"x\"");
        expect(401, "POST", "/api/alerts", "Bearer " + TOKEN + "x", nativeAlert());
        expect(401, "GET", "/api/cases/_find", bearer, null);

        String sender = "Basic " + basicForm("am-sender", SENDER_PASSWORD);
        expect(202, "POST", "/api/alerts", sender, nativeAlert());
        expect(400, "POST", "/api/alerts", sender, "[{\"id\":\"no-source\"}]");
        expect(401, "POST", "/api/alerts", Api.basic("am-sender", SENDER_PASSWORD + "x"), nativeAlert());
        expect(401, "GET", "/api/cases/_find", sender, null);

        String dedupKey = "leak-" + UUID.randomUUID();
        expect(202, "POST", "/v2/enqueue", null, pagerDutyEvent(ROUTING_KEY).put("dedup_key", dedupKey).toString());
        ObjectNode invalid = pagerDutyEvent(ROUTING_KEY);
        invalid.put("event_action", "explode");
        expect(400, "POST", "/v2/enqueue", null, invalid.toString());
        expect(400, "POST", "/v2/enqueue", null, pagerDutyEvent(ROUTING_KEY.substring(1) + "Z").toString());
        expect(400, "POST", "/v2/enqueue", null, "{\"routing_key\":\"" + ROUTING_KEY + "\",");
        expect(401, "POST", "/v2/enqueue", Api.basic("payments", ROUTING_KEY), pagerDutyEvent(ROUTING_KEY).toString());

        // What the engine kept of them, read back through the API.
        Api api = engine.api();
        JsonNode found = api.get("/api/alerts/_find?perPage=100").body();
        answers.add(found.toString());
        found.path("alerts").forEach(a -> answers.add(api.get("/api/alerts/" + a.path("id").asText()).raw()));
        assertThat(found.path("total").asInt()).as(found.toString()).isGreaterThanOrEqualTo(4);
        answers.add(api.get("/api/alerts/_dead_letters").raw());
        engine.close();
        engine = null;

        assertThat(logs.lines()).as("the flow was logged").isNotEmpty();
        assertThat(AuditLines.events(auditLog, "authentication_failed")).as("the failures were audited").isNotEmpty();
        for (String answer : answers) {
            for (String marker : markers) {
                assertThat(answer).as("an API answer").doesNotContain(marker);
            }
        }
        List<String> lines = logs.lines();
        lines.add(AuditLines.text(auditLog));
        for (String line : lines) {
            for (String marker : markers) {
                assertThat(line).as("a log line").doesNotContain(marker);
            }
        }
    }

    /** Creates alice's key; its secret and encoded form become markers, shown only in this one answer. */
    private JsonNode createKey(String alice) {
        HttpResponse<String> created = send("POST", "/_security/api_key", alice, "{\"name\":\"leak\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode key = Api.json(created.body());
        markers.add(key.path("api_key").asText());
        markers.add(key.path("encoded").asText());
        return key;
    }

    private void expect(int status, String method, String path, String authorization, String body) {
        HttpResponse<String> answer = send(method, path, authorization, body);
        answers.add(answer.headers().map() + "\n" + answer.body());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) {
        return RawRequests.send(engine, method, path, authorization, body, Map.of("kbn-xsrf", "true"));
    }

    private static String nativeAlert() {
        return "{\"source\":\"leak\",\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"firing\",\"title\":\"t\"}";
    }

    private static ObjectNode pagerDutyEvent(String routingKey) {
        ObjectNode event = Fixtures.json("pagerduty/trigger.json");
        event.put("routing_key", routingKey);
        event.put("dedup_key", "leak-" + UUID.randomUUID());
        return event;
    }

    private static String basicForm(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }


}
