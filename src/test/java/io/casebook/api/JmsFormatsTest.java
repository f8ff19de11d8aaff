package io.casebook.api;

import io.casebook.support.Api;
import io.casebook.support.Fixtures;
import io.casebook.support.Queues;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every ingest format also arrives over the broker: the captured payloads of the webhook tests, published
 * over TCP with the format header, end up stored exactly as over HTTP (on H2 and on PostgreSQL).
 */
class JmsFormatsTest {

    static TestEngine engine;
    static Api api;
    static Queues queues;

    @BeforeAll
    static void start() {
        engine = TestEngine.start();
        api = engine.api();
        queues = new Queues(engine.brokerUrl());
    }

    @AfterAll
    static void stop() {
        queues.close();
        engine.close();
    }

    @ParameterizedTest
    @CsvSource({
            "alertmanager, alertmanager/alertmanager-v4-firing.json, alertmanager",
            "alertmanager, alertmanager/grafana-firing.json, grafana",
            "pagerduty, pagerduty/trigger.json, pagerduty:",
            "elastic, elastic/es-query-firing.json, elastic"})
    void eachFormatIsStoredFromTheQueue(String format, String fixture, String sourcePrefix) {
        queues.sendText("casebook.alerts", Fixtures.text(fixture), Map.of("CasebookFormat", format));

        Api.Result found = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/alerts/_find?format=" + format + "&perPage=100"),
                r -> r.status() == 200 && r.body().path("alerts").findValuesAsText("source").stream()
                        .anyMatch(s -> s.startsWith(sourcePrefix)));
        assertThat(found.body().path("alerts")).allSatisfy(a -> {
            assertThat(a.path("format").asText()).isEqualTo(format);
            assertThat(a.path("title").asText()).isNotBlank();
            assertThat(a.path("status").asText()).isIn("firing", "acknowledged", "resolved");
        });
        assertThat(queues.browse("casebook.alerts")).as("acknowledged once stored").isEmpty();
    }
}
