package io.casebook.api;

import io.casebook.support.Api;
import io.casebook.support.Queues;
import io.casebook.support.StoredAlerts;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts published to the engine's broker over TCP by a plain JMS client: stored (on H2, and on PostgreSQL
 * in the api-on-postgres run), stored once when delivered twice, and kept through a database outage.
 */
class JmsIngestTest {

    /** Not the default name: proves the route's placeholders come from the engine's settings. */
    static final String QUEUE = "alerts.in";

    static TestEngine engine;
    static Api api;
    static Queues queues;
    static StoredAlerts store;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.ingest.queue", QUEUE,
                "casebook.ingest.jms-redelivery-delay-ms", "100",
                "casebook.ingest.jms-max-redelivery-delay-ms", "400"));
        api = engine.api();
        queues = new Queues(engine.brokerUrl());
        store = new StoredAlerts(engine);
    }

    @AfterAll
    static void stop() {
        queues.close();
        engine.close();
    }

    static String alert(String id, String status) {
        return """
                {"id":"%s","source":"jms-test","status":"%s","severity":"critical","title":"Queue depth high",
                 "labels":{"queue":"orders"},"startsAt":"2026-11-29T10:00:00Z"}""".formatted(id, status);
    }

    private static String awaitStored(String fingerprint) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> store.idOf("jms-test", fingerprint),
                java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void aMessageOnTheQueueBecomesAStoredAlert() {
        String id = UUID.randomUUID().toString();
        queues.sendText(QUEUE, alert(id, "firing"), Map.of());

        Api.Result stored = api.get("/api/alerts/" + awaitStored(id));
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.text("fingerprint")).isEqualTo(id);
        assertThat(stored.text("format")).as("no header means native").isEqualTo("native");
        assertThat(stored.text("severity")).isEqualTo("critical");
        assertThat(stored.body().at("/labels/queue").asText()).isEqualTo("orders");
        assertThat(queues.browse(QUEUE)).as("acknowledged once stored").isEmpty();
    }

    @Test
    void theSameMessageTwiceIsStoredOnce() {
        String id = UUID.randomUUID().toString();
        queues.sendText(QUEUE, alert(id, "firing"), Map.of("CasebookFormat", "native"));
        queues.sendText(QUEUE, alert(id, "firing"), Map.of("CasebookFormat", "native"));

        await().atMost(Duration.ofSeconds(20)).until(() -> store.deliveriesContaining(id) == 2);
        Api.Result stored = api.get("/api/alerts/" + store.idOf("jms-test", id).orElseThrow());
        assertThat(stored.body().path("history")).as("the repeat changed nothing").hasSize(1);

        queues.sendText(QUEUE, alert(id, "resolved"), Map.of());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/alerts/" + store.idOf("jms-test", id).orElseThrow()).text("status"),
                        "resolved"::equals);
        assertThat(store.idOf("jms-test", id)).as("a later state updates the same alert")
                .contains(stored.text("id"));
    }

    @Test
    void utf8BytesAreReadAsText() {
        String id = UUID.randomUUID().toString();
        queues.sendBytes(QUEUE, alert(id, "firing").getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(api.get("/api/alerts/" + awaitStored(id)).text("fingerprint")).isEqualTo(id);
    }

    @Test
    void aMessageThatFailsWhileTheDatabaseIsDownIsRedeliveredAndStoredOnceItIsBack() {
        String id = UUID.randomUUID().toString();
        store.execute("ALTER TABLE alert_deliveries RENAME TO alert_deliveries_offline");
        try {
            queues.sendText(QUEUE, alert(id, "firing"), Map.of());
            // While the table is gone, every attempt fails and rolls back: the message stays on the broker,
            // neither stored nor dead-lettered.
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                    .until(() -> store.idOf("jms-test", id).isEmpty()
                            && queues.browse(QUEUE + ".DLQ").isEmpty());
        } finally {
            store.execute("ALTER TABLE alert_deliveries_offline RENAME TO alert_deliveries");
        }
        assertThat(api.get("/api/alerts/" + awaitStored(id)).text("fingerprint")).isEqualTo(id);
        assertThat(queues.browse(QUEUE + ".DLQ")).isEmpty();
    }
}
