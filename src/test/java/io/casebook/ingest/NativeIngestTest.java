package io.casebook.ingest;

import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The native webhook end to end over HTTP: durable 202, idempotence, history, and every kind of bad input. */
class NativeIngestTest {

    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.ingest.max-body-bytes", "4096"));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String alert(String id, String status) {
        return """
                {"id":"%s","source":"nagios","status":"%s","severity":"high","title":"Disk full on db-1",
                 "description":"/var at 99%%","labels":{"host":"db-1","team":"dba"},"fields":{"usage":99},
                 "rule":{"id":"disk","name":"Disk usage"},"startsAt":"2026-11-29T10:00:00Z","url":"http://nagios/db-1"}
                """.formatted(id, status);
    }

    private Api.Result postNative(String body) {
        return api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.port() + "/api/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), false);
    }

    @Test
    void storesAnAlertAndShowsItWithItsHistory() {
        String id = UUID.randomUUID().toString();
        Api.Result accepted = postNative(alert(id, "firing"));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.body().path("new").asInt()).isEqualTo(1);
        String alertId = accepted.body().at("/alerts/0/id").asText();

        Api.Result stored = api.get("/api/alerts/" + alertId);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.text("fingerprint")).isEqualTo(id);
        assertThat(stored.text("status")).isEqualTo("firing");
        assertThat(stored.text("severity")).isEqualTo("high");
        assertThat(stored.body().at("/labels/host").asText()).isEqualTo("db-1");
        assertThat(stored.body().at("/fields/usage").asInt()).isEqualTo(99);
        assertThat(stored.body().at("/rule/name").asText()).isEqualTo("Disk usage");
        assertThat(stored.body().path("history")).hasSize(1);
    }

    @Test
    void theSameAlertTwiceIsStoredOnceAndALaterStateJoinsItsHistory() {
        String id = UUID.randomUUID().toString();
        String alertId = postNative(alert(id, "firing")).body().at("/alerts/0/id").asText();

        Api.Result retry = postNative(alert(id, "firing"));
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body().path("duplicates").asInt()).isEqualTo(1);
        assertThat(retry.body().at("/alerts/0/id").asText()).isEqualTo(alertId);
        assertThat(api.get("/api/alerts/" + alertId).body().path("history")).hasSize(1);

        Api.Result resolved = postNative(alert(id, "resolved"));
        assertThat(resolved.body().path("updated").asInt()).isEqualTo(1);
        Api.Result stored = api.get("/api/alerts/" + alertId);
        assertThat(stored.text("status")).isEqualTo("resolved");
        assertThat(stored.body().path("history")).extracting(e -> e.path("status").asText())
                .containsExactly("firing", "resolved");
    }

    @Test
    void anArrayIsOneDeliveryAndLabelsIdentifyAlertsWithoutId() {
        Api.Result accepted = postNative("""
                [{"source":"cron","status":"firing","title":"backup late","labels":{"job":"backup","env":"prod"}},
                 {"source":"cron","status":"firing","title":"backup late","labels":{"env":"prod","job":"backup"}},
                 {"source":"cron","status":"firing","title":"report late","labels":{"job":"report"}}]""");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.body().path("accepted").asInt()).isEqualTo(3);
        assertThat(accepted.body().at("/alerts/0/id")).isEqualTo(accepted.body().at("/alerts/1/id"));
        assertThat(accepted.body().at("/alerts/0/id")).isNotEqualTo(accepted.body().at("/alerts/2/id"));
    }

    @Test
    void aBadAlertInAnArrayStoresNothingAndNamesTheField() {
        String id = UUID.randomUUID().toString();
        Api.Result refused = postNative("[" + alert(id, "firing") + ", {\"source\":\"x\",\"status\":\"burning\","
                + "\"title\":\"t\"}]");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("[[1].status]: expected one of firing, resolved but got \"burning\"");
        assertThat(postNative(alert(id, "firing")).body().path("new").asInt())
                .as("the valid alert of the refused array was not stored").isEqualTo(1);
    }

    @Test
    void eachMalformedBodyGetsAPreciseMessage() {
        assertThat(postNative("{\"status\":\"firing\",\"title\":\"t\"}").text("message"))
                .isEqualTo("[source]: is required");
        assertThat(postNative("{\"source\":\"s\",\"status\":\"firing\",\"title\":\"t\",\"colour\":\"red\"}")
                .text("message")).startsWith("[colour]: is not a field of a native alert");
        assertThat(postNative("{\"source\":\"s\",\"status\":\"firing\",\"title\":\"t\",\"labels\":{\"a\":{}}}")
                .text("message")).isEqualTo("[labels.a]: expected a string but got an object");
        assertThat(postNative("{\"source\":\"s\",\"status\":\"firing\",\"title\":\"t\",\"startsAt\":\"yesterday\"}")
                .text("message")).isEqualTo("[startsAt]: expected an RFC 3339 date-time but got \"yesterday\"");
        assertThat(postNative("{\"source\":").text("message")).startsWith("[body]: is not valid JSON");
        assertThat(postNative("42").text("message"))
                .isEqualTo("[body]: expected an alert object or an array of alerts but got a number");
        assertThat(postNative("[]").status()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitIs413AndAnotherMediaTypeIs415() {
        String big = alert(UUID.randomUUID().toString(), "firing").replace("/var at 99%", "x".repeat(5000));
        assertThat(postNative(big).status()).isEqualTo(413);
        Api.Result text = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.port()
                + "/api/alerts")).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")),
                false);
        assertThat(text.status()).isEqualTo(415);
    }

    @Test
    void anUnknownAlertIs404() {
        assertThat(api.get("/api/alerts/nope").status()).isEqualTo(404);
    }
}
