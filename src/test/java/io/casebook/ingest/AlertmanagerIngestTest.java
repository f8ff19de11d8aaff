package io.casebook.ingest;

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

/** Alertmanager and Grafana webhooks end to end over HTTP: durable 202, idempotence, history, refusals. */
class AlertmanagerIngestTest {

    private static final String PATH = "/api/alerts/alertmanager";
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

    /** The captured notification, for an alert of its own so that tests sharing the engine stay apart. */
    private static ObjectNode notification(String fixture, String fingerprint) {
        ObjectNode payload = Fixtures.json("alertmanager/" + fixture);
        ((ObjectNode) payload.withArrayProperty("alerts").get(0)).put("fingerprint", fingerprint);
        return payload;
    }

    private static Api.Result find(String query) {
        return hooks.get("/api/alerts/_find?" + query);
    }

    @Test
    void storesTheAlertOnceAndAddsItsResolutionToItsHistory() {
        String fingerprint = UUID.randomUUID().toString();
        Api.Result accepted = hooks.post(PATH, notification("alertmanager-v4-firing.json", fingerprint));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.body().path("new").asInt()).isEqualTo(1);
        String id = accepted.body().at("/alerts/0/id").asText();

        Api.Result stored = hooks.get("/api/alerts/" + id);
        assertThat(stored.text("source")).isEqualTo("alertmanager");
        assertThat(stored.text("format")).isEqualTo("alertmanager");
        assertThat(stored.text("fingerprint")).isEqualTo(fingerprint);
        assertThat(stored.text("severity")).isEqualTo("critical");
        assertThat(stored.text("title")).isEqualTo("BlackBox Probe Failure: https://server.example.org");
        assertThat(stored.text("group_key")).isEqualTo("{}/{severity=\"critical\"}:{alertname=\"ProbeFailure\"}");
        assertThat(stored.body().at("/fields/receiver").asText()).isEqualTo("sms");
        assertThat(stored.body().at("/links/0/text").asText()).isEqualTo("generator");
        assertThat(stored.text("starts_at")).isEqualTo("2023-02-06T13:08:45.828Z");
        assertThat(stored.body().path("ends_at").isNull()).isTrue();

        Api.Result retry = hooks.post(PATH, notification("alertmanager-v4-firing.json", fingerprint));
        assertThat(retry.body().path("duplicates").asInt()).isEqualTo(1);
        assertThat(retry.body().at("/alerts/0/id").asText()).isEqualTo(id);

        Api.Result resolved = hooks.post(PATH, notification("alertmanager-v4-resolved.json", fingerprint));
        assertThat(resolved.body().path("updated").asInt()).isEqualTo(1);
        Api.Result after = hooks.get("/api/alerts/" + id);
        assertThat(after.text("status")).isEqualTo("resolved");
        assertThat(after.text("ends_at")).isEqualTo("2023-02-06T13:23:45.828Z");
        assertThat(after.body().path("history")).extracting(e -> e.path("status").asText())
                .containsExactly("firing", "resolved");
        assertThat(find("fingerprint=" + fingerprint).body().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void storesEachAlertOfAGrafanaNotificationUnderSourceGrafana() {
        ObjectNode payload = Fixtures.json("alertmanager/grafana-firing.json");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        ((ObjectNode) payload.withArrayProperty("alerts").get(0)).put("fingerprint", first);
        ((ObjectNode) payload.withArrayProperty("alerts").get(1)).put("fingerprint", second);

        Api.Result accepted = hooks.post(PATH, payload);

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.body().path("new").asInt()).isEqualTo(2);
        assertThat(accepted.body().findValuesAsText("source")).containsOnly("grafana");
        Api.Result listed = find("source=grafana&fingerprint=" + first + "&fingerprint=" + second);
        assertThat(listed.body().path("total").asLong()).isEqualTo(2);
        assertThat(listed.body().at("/alerts/0/fields/orgId").asInt()).isEqualTo(1);
    }

    @Test
    void aBadAlertRefusesTheWholeNotificationAndStoresNothing() {
        String fingerprint = UUID.randomUUID().toString();
        ObjectNode payload = notification("alertmanager-v4-firing.json", fingerprint);
        payload.withArrayProperty("alerts").addObject().put("status", "pending");

        Api.Result refused = hooks.post(PATH, payload);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("error")).isEqualTo("Bad Request");
        assertThat(refused.text("message"))
                .isEqualTo("[alerts[1].status]: expected one of firing, resolved but got \"pending\"");
        assertThat(find("fingerprint=" + fingerprint).body().path("total").asLong()).isZero();
        assertThat(hooks.post(PATH, "{\"version\":\"4\"", "application/json").text("message"))
                .startsWith("[body]: is not valid JSON");
        assertThat(hooks.post(PATH, Fixtures.json("alertmanager/alertmanager-v4-firing.json").put("version", "3"))
                .text("message")).isEqualTo("[version]: expected \"4\" but got \"3\"");
    }

    @Test
    void aBodyOverTheLimitIs413AndAnotherMediaTypeIs415() {
        String fingerprint = UUID.randomUUID().toString();
        ObjectNode big = notification("alertmanager-v4-firing.json", fingerprint);
        ((ObjectNode) big.withArrayProperty("alerts").get(0)).withObjectProperty("annotations")
                .put("description", "x".repeat(4096));

        assertThat(hooks.post(PATH, big).status()).isEqualTo(413);
        assertThat(hooks.post(PATH, notification("alertmanager-v4-firing.json", fingerprint).toString(), "text/plain")
                .status()).isEqualTo(415);
        assertThat(find("fingerprint=" + fingerprint).body().path("total").asLong()).isZero();
    }
}
