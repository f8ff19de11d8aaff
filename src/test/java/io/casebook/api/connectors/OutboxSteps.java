package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Steps the per-vendor push reliability tests share: a fast outbox, cases, pushes and what the API shows. */
final class OutboxSteps {

    private OutboxSteps() {
    }

    /**
     * Engine settings that keep retries fast (backoff 100..400 ms, polled every 100 ms, 300 ms before the
     * look-up after a create that got no answer) and a call that takes over a second timed out, so an outage and
     * its recovery fit in a test.
     */
    static Map<String, String> fastOutbox(Map<String, String> database, int maxAttempts) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("casebook.connectors.push.poll-ms", "100");
        settings.put("casebook.connectors.push.backoff-initial-ms", "100");
        settings.put("casebook.connectors.push.backoff-max-ms", "400");
        settings.put("casebook.connectors.push.max-attempts", String.valueOf(maxAttempts));
        settings.put("casebook.connectors.http.response-timeout-ms", "1000");
        settings.put("casebook.connectors.push.create-lookup-delay-ms", "300");
        return settings;
    }

    /**
     * Engine settings for tests of what one push sends: every failure is final at once, so a push that failed
     * in one test is never retried in the background into the next test's stubs.
     */
    static Map<String, String> oneAttempt(Map<String, String> database) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("casebook.connectors.push.max-attempts", "1");
        return settings;
    }

    static String connector(Api api, Map<String, Object> body) {
        Api.Result created = api.post("/api/actions/connector", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    static String newCase(Api api, String title) {
        Api.Result created = api.post("/api/cases", CaseFixtures.newCase(title));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    static void retitle(Api api, String id, String title) {
        JsonNode theCase = api.get("/api/cases/" + id).body();
        Api.Result changed = api.patch("/api/cases", CaseFixtures.patchBody(CaseFixtures.change(theCase,
                "title", title)));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
    }

    static Api.Result push(Api api, String caseId, String connectorId) {
        return api.post("/api/cases/" + caseId + "/connector/" + connectorId + "/_push", Map.of());
    }

    /** The case once the outbox delivered its push. */
    static JsonNode awaitPushed(Api api, String id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/cases/" + id).body(),
                c -> !c.get("external_service").isNull());
    }

    /** The case's outbox entry once it failed for good. */
    static JsonNode awaitFailed(Api api, String caseId, String connectorId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> status(api, caseId, connectorId)
                .at("/push/outbox/0"), o -> "failed".equals(o.path("state").asText()));
    }

    /** Kibana's {@code _connectors} entry of one connector on the case, null when not listed. */
    static JsonNode status(Api api, String caseId, String connectorId) {
        Api.Result result = api.get("/internal/cases/" + caseId + "/_connectors");
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body().get(connectorId);
    }

    static List<JsonNode> pushedActions(Api api, String id) {
        List<JsonNode> pushed = new ArrayList<>();
        api.get("/api/cases/" + id + "/user_actions/_find?perPage=100").body().get("userActions").forEach(a -> {
            if ("pushed".equals(a.get("type").asText())) {
                pushed.add(a);
            }
        });
        return pushed;
    }
}
