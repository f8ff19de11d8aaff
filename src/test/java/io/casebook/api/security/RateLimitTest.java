package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Api;
import io.casebook.support.AuditLines;
import io.casebook.support.Fixtures;
import io.casebook.support.IngestYaml;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request budgets over real HTTP: a burst over a source's, an integration's or a user's rate gets 429 with
 * Retry-After (PagerDuty's own 429 on /v2/enqueue), stores nothing, and leaves every other sender or user
 * untouched; the audit log gets one line per caller, not one per refusal.
 */
class RateLimitTest {

    static final String SLOW_TOKEN = "slow-" + UUID.randomUUID();
    static final String OTHER_TOKEN = "other-" + UUID.randomUUID();
    static final String SLOW_KEY = "Rslowintegrationkey0000000000001";
    static final String OTHER_KEY = "Rotherintegrationkey000000000001";
    static final int BURST = 12;
    static TestEngine engine;
    static InspectableDatabase db;

    @BeforeAll
    static void start() {
        String yaml = """
                sources:
                  slow:
                    token_sha256: "%s"
                    rate_per_second: 2
                  other:
                    token_sha256: "%s"
                pagerduty_integrations:
                  slow-pd:
                    routing_key_sha256: "%s"
                    rate_per_second: 2
                  other-pd:
                    routing_key_sha256: "%s"
                """.formatted(IngestYaml.sha256(SLOW_TOKEN), IngestYaml.sha256(OTHER_TOKEN),
                IngestYaml.sha256(SLOW_KEY), IngestYaml.sha256(OTHER_KEY));
        Map<String, String> settings = new HashMap<>(UsersYaml.file(
                UsersYaml.user("alice", "Alice", "alice@example.com", "alice-secret-1", "viewer")));
        settings.put("casebook.ingest.file", IngestYaml.write(yaml).toString());
        settings.put("casebook.ingest.rate-per-second", "1000");
        settings.put("casebook.api.rate-per-second", "3");
        db = InspectableDatabase.fresh();
        settings.putAll(db.settings());
        engine = TestEngine.start(settings);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String nativeAlert(String id) {
        return "{\"source\":\"burst\",\"id\":\"" + id + "\",\"status\":\"firing\",\"title\":\"burst\"}";
    }

    /** How many of these alerts were stored, read from the database (the API has a budget of its own here). */
    private static long stored(List<String> fingerprints) {
        return db.query("SELECT fingerprint FROM alerts").stream().map(row -> row.get("fingerprint"))
                .filter(fingerprints::contains).count();
    }

    @Test
    void aSourceOverItsRateGets429WithRetryAfterStoresNothingAndOthersGoOn() throws Exception {
        String prefix = "slow-" + UUID.randomUUID();
        List<String> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        HttpResponse<String> lastRefusal = null;
        for (int i = 0; i < BURST; i++) {
            String id = prefix + "-" + i;
            HttpResponse<String> response = IngestYaml.post(engine, "/api/alerts", "Bearer " + SLOW_TOKEN,
                    nativeAlert(id));
            if (response.statusCode() == 202) {
                accepted.add(id);
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
                refused.add(id);
                lastRefusal = response;
            }
        }
        HttpResponse<String> other = IngestYaml.post(engine, "/api/alerts", "Bearer " + OTHER_TOKEN,
                nativeAlert("other-" + UUID.randomUUID()));

        assertThat(refused).isNotEmpty();
        assertThat(lastRefusal.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Integer.parseInt(v)).isBetween(1, 2));
        assertThat(Api.json(lastRefusal.body()).path("statusCode").asInt()).isEqualTo(429);
        assertThat(Api.json(lastRefusal.body()).path("error").asText()).isEqualTo("Too Many Requests");
        assertThat(other.statusCode()).isEqualTo(202);
        assertThat(stored(refused)).isZero();
        assertThat(stored(accepted)).isEqualTo(accepted.size());
        List<JsonNode> limited = AuditLines.events(engine.auditLog(), "rate_limited").stream()
                .filter(l -> l.path("limited").asText().equals("source:slow")).toList();
        assertThat(limited).hasSize(1);
        assertThat(limited.get(0).path("user").asText()).isEqualTo("slow");
    }

    private static ObjectNode event(String routingKey, String dedupKey) {
        ObjectNode event = Fixtures.json("pagerduty/trigger.json");
        event.put("routing_key", routingKey);
        event.put("dedup_key", dedupKey);
        return event;
    }

    @Test
    void anIntegrationOverItsRateGetsPagerDutysOwn429AndOthersGoOn() {
        String prefix = "pd-slow-" + UUID.randomUUID();
        List<String> refused = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        HttpResponse<String> lastRefusal = null;
        for (int i = 0; i < BURST; i++) {
            String dedupKey = prefix + "-" + i;
            HttpResponse<String> response = IngestYaml.post(engine, "/v2/enqueue", null,
                    event(SLOW_KEY, dedupKey).toString());
            if (response.statusCode() == 202) {
                accepted.add(dedupKey);
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
                refused.add(dedupKey);
                lastRefusal = response;
            }
        }
        HttpResponse<String> other = IngestYaml.post(engine, "/v2/enqueue", null,
                event(OTHER_KEY, "pd-other-" + UUID.randomUUID()).toString());

        assertThat(refused).isNotEmpty();
        assertThat(lastRefusal.body()).isEqualTo("{\"status\":\"throttle exceeded\",\"message\":\"Requests for this "
                + "service are arriving too quickly.  Please retry later.\"}");
        assertThat(other.statusCode()).isEqualTo(202);
        assertThat(stored(refused)).isZero();
        assertThat(stored(accepted)).isEqualTo(accepted.size());
    }

    @Test
    void aUserOverTheApiRateGetsKibanas429WhileAnotherUserGoesOn() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> refusal = null;
        for (int i = 0; i < BURST && refusal == null; i++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(engine.api().base()
                            + "/api/cases/_find")).header("Authorization", Api.basic("elastic", Api.ELASTIC_PASSWORD))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                refusal = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        Api.Result alice = engine.api().as("alice", "alice-secret-1").get("/api/cases/_find");

        assertThat(refusal).as("a burst of " + BURST + " at 3 per second").isNotNull();
        assertThat(refusal.headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.json(refusal.body()).path("statusCode").asInt()).isEqualTo(429);
        assertThat(Api.json(refusal.body()).path("error").asText()).isEqualTo("Too Many Requests");
        assertThat(alice.status()).isEqualTo(200);
        List<JsonNode> limited = AuditLines.events(engine.auditLog(), "rate_limited").stream()
                .filter(l -> l.path("limited").asText().equals("user:elastic")).toList();
        assertThat(limited).hasSize(1);
    }
}
