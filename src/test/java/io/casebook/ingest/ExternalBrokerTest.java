package io.casebook.ingest;

import io.casebook.support.Api;
import io.casebook.support.Queues;
import io.casebook.support.StoredAlerts;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine against a broker it did not start (.ci/run starts Debian's ActiveMQ Classic and passes
 * {@code -Dcasebook.test.external-broker=tcp://127.0.0.1:61616}): alerts are consumed, bad ones
 * dead-lettered and replayed, on a queue of the test's own so nothing else on that broker is touched.
 */
class ExternalBrokerTest {

    @Test
    void consumesDeadLettersAndReplaysOnAnExternalBroker() {
        String broker = System.getProperty("casebook.test.external-broker", "");
        assumeThat(broker).as("no external broker: set -Dcasebook.test.external-broker=tcp://127.0.0.1:61616 "
                + "(.ci/run does)").isNotBlank();
        String queue = "casebook.test." + UUID.randomUUID();
        try (TestEngine engine = TestEngine.start(Map.of("casebook.broker.url", broker,
                "casebook.ingest.queue", queue));
             Queues queues = new Queues(broker)) {
            assertThat(engine.brokerUrl()).as("no embedded broker").isEqualTo(broker);
            Api api = engine.api();
            StoredAlerts store = new StoredAlerts(engine);
            try {
                String fingerprint = UUID.randomUUID().toString();
                queues.sendText(queue, "{\"id\":\"" + fingerprint + "\",\"source\":\"external\",\"status\":\"firing\","
                        + "\"title\":\"from an external broker\"}", Map.of("CasebookFormat", "native"));
                String alertId = await().atMost(Duration.ofSeconds(30))
                        .until(() -> store.idOf("external", fingerprint), Optional::isPresent).orElseThrow();
                assertThat(api.get("/api/alerts/" + alertId).text("title")).isEqualTo("from an external broker");

                queues.sendText(queue, "{\"source\":\"external\",\"title\":\"no status\"}", Map.of());
                String deadId = await().atMost(Duration.ofSeconds(30))
                        .until(() -> api.get("/api/alerts/_dead_letters").body().path("dead_letters"),
                                list -> list.size() == 1).get(0).path("id").asText();
                assertThat(api.get("/api/alerts/_dead_letters").body().at("/dead_letters/0/reason").asText())
                        .isEqualTo("[status]: is required");

                Api.Result replayed = api.post("/api/alerts/_dead_letters/_replay", Map.of("ids", List.of(deadId)));
                assertThat(replayed.body().path("replayed").asInt()).isEqualTo(1);
                await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/alerts/_dead_letters")
                        .body().path("dead_letters"), list -> list.size() == 1
                        && !list.get(0).path("id").asText().equals(deadId));
            } finally {
                queues.drain(queue + ".DLQ");
            }
        }
    }
}
