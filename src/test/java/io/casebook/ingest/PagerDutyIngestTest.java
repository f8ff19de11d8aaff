package io.casebook.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Api;
import io.casebook.support.Fixtures;
import io.casebook.support.TestEngine;
import io.casebook.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /v2/enqueue} end to end: PagerDuty's answers, dedup_key semantics and follow-ups. */
class PagerDutyIngestTest {

    private static final String PATH = "/v2/enqueue";
    static TestEngine engine;
    static Webhooks hooks;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.ingest.max-body-bytes", "4096"));
        hooks = new Webhooks(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static ObjectNode event(String fixture, String dedupKey) {
        return Fixtures.json("pagerduty/" + fixture).put("dedup_key", dedupKey);
    }

    private static JsonNode stored(String dedupKey) {
        Api.Result found = hooks.get("/api/alerts/_find?format=pagerduty&fingerprint=" + dedupKey);
        assertThat(found.body().path("total").asLong()).as(found.raw()).isEqualTo(1);
        return hooks.get("/api/alerts/" + found.body().at("/alerts/0/id").asText()).body();
    }

    private static long count(String dedupKey) {
        return hooks.get("/api/alerts/_find?format=pagerduty&fingerprint=" + dedupKey).body().path("total").asLong();
    }

    @Test
    void answersATriggerExactlyAsPagerDutyDoes() {
        String key = UUID.randomUUID().toString();
        Api.Result accepted = hooks.post(PATH, event("trigger.json", key));

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.raw()).isEqualTo("{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\""
                + key + "\"}");
        JsonNode alert = stored(key);
        assertThat(alert.path("source").asText()).startsWith("pagerduty:").doesNotContain("R0123456789");
        assertThat(alert.path("status").asText()).isEqualTo("firing");
        assertThat(alert.path("severity").asText()).isEqualTo("low");
        assertThat(alert.path("title").asText()).isEqualTo("Example alert on host1.example.com");
        assertThat(alert.at("/labels/component").asText()).isEqualTo("postgres");
        assertThat(alert.at("/fields/load avg").asDouble()).isEqualTo(0.75);
        assertThat(alert.path("links")).hasSize(3);
    }

    @Test
    void aTriggerWithoutDedupKeyGetsOneAndEveryRetryIsANewAlert() {
        ObjectNode event = Fixtures.json("pagerduty/trigger.json");
        event.remove("dedup_key");

        String first = hooks.post(PATH, event).body().path("dedup_key").asText();
        String second = hooks.post(PATH, event).body().path("dedup_key").asText();

        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
        assertThat(count(first)).isEqualTo(1);
        assertThat(count(second)).isEqualTo(1);
    }

    @Test
    void triggerAcknowledgeResolveMakeOneAlertWithItsHistory() {
        String key = UUID.randomUUID().toString();
        assertThat(hooks.post(PATH, event("trigger.json", key)).status()).isEqualTo(202);
        assertThat(hooks.post(PATH, event("trigger.json", key)).status()).isEqualTo(202);
        assertThat(stored(key).path("history")).as("a repeated trigger is stored once").hasSize(1);

        Api.Result ack = hooks.post(PATH, event("acknowledge.json", key));
        assertThat(ack.raw()).isEqualTo("{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\""
                + key + "\"}");
        assertThat(stored(key).path("status").asText()).isEqualTo("acknowledged");
        hooks.post(PATH, event("trigger.json", key));
        assertThat(stored(key).path("status").asText()).as("a trigger does not undo the acknowledgement")
                .isEqualTo("acknowledged");

        hooks.post(PATH, event("resolve.json", key));
        JsonNode resolved = stored(key);
        assertThat(resolved.path("status").asText()).isEqualTo("resolved");
        assertThat(resolved.path("title").asText()).as("a follow-up changes the status only")
                .isEqualTo("Example alert on host1.example.com");
        assertThat(resolved.path("ends_at").isNull()).isFalse();
        assertThat(resolved.path("history")).extracting(e -> e.path("status").asText())
                .containsExactly("firing", "acknowledged", "resolved");

        assertThat(hooks.post(PATH, event("acknowledge.json", key)).status()).isEqualTo(202);
        assertThat(stored(key).path("status").asText()).as("dropped: the alert is resolved").isEqualTo("resolved");
        assertThat(stored(key).path("history")).hasSize(3);
    }

    @Test
    void aFollowUpForAnUnknownKeyIsAcceptedAndDropped() {
        String key = UUID.randomUUID().toString();

        Api.Result resolve = hooks.post(PATH, event("resolve.json", key));

        assertThat(resolve.status()).isEqualTo(202);
        assertThat(resolve.body().path("dedup_key").asText()).isEqualTo(key);
        assertThat(count(key)).isZero();
    }

    @Test
    void aFollowUpThroughAnotherRoutingKeyLeavesTheAlertAlone() {
        String key = UUID.randomUUID().toString();
        hooks.post(PATH, event("trigger.json", key));

        hooks.post(PATH, event("resolve.json", key).put("routing_key", "f".repeat(32)));

        assertThat(stored(key).path("status").asText()).isEqualTo("firing");
    }

    @Test
    void refusesAnInvalidEventWithPagerDutysBodyAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        ObjectNode event = event("trigger.json", key).put("routing_key", "samplekeyhere");
        event.withObjectProperty("payload").remove("summary");

        Api.Result refused = hooks.post(PATH, event);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).isEqualTo("{\"status\":\"invalid event\",\"message\":\"Event object is invalid\","
                + "\"errors\":[\"Length of 'routing_key' is incorrect (should be 32 characters)\","
                + "\"'payload.summary' is missing or blank\"]}");
        assertThat(count(key)).isZero();

        Api.Result notJson = hooks.post(PATH, "{\"routing_key\":", "application/json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text("status")).isEqualTo("invalid event");
        assertThat(notJson.body().at("/errors/0").asText()).startsWith("[body]: is not valid JSON");
    }

    @Test
    void aBodyOverTheLimitIs413AndAnotherMediaTypeIs415() {
        String key = UUID.randomUUID().toString();
        ObjectNode big = event("trigger.json", key);
        big.withObjectProperty("payload").withObjectProperty("custom_details").put("log", "x".repeat(4096));

        Api.Result tooLarge = hooks.post(PATH, big);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text("status")).isEqualTo("invalid event");
        assertThat(hooks.post(PATH, event("trigger.json", key).toString(), "text/plain").status()).isEqualTo(415);
        assertThat(count(key)).isZero();
        assertThat(hooks.get(PATH).status()).isEqualTo(405);
    }
}
