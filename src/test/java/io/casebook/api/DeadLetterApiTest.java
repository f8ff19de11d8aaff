package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.Queues;
import io.casebook.support.StoredAlerts;
import io.casebook.support.TestEngine;
import jakarta.jms.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages that can never be processed: dead-lettered with their reason and headers, listed by
 * {@code GET /api/alerts/_dead_letters}, and sent back by {@code POST /api/alerts/_dead_letters/_replay}.
 */
class DeadLetterApiTest {

    static final String QUEUE = "casebook.alerts";
    static final String DLQ = "casebook.alerts.DLQ";
    static final String DEAD_LETTERS = "/api/alerts/_dead_letters";
    static final String REPLAY = DEAD_LETTERS + "/_replay";

    static TestEngine engine;
    static Api api;
    static Queues queues;
    static StoredAlerts store;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.ingest.max-body-bytes", "2048"));
        api = engine.api();
        queues = new Queues(engine.brokerUrl());
        store = new StoredAlerts(engine);
    }

    @AfterAll
    static void stop() {
        queues.close();
        engine.close();
    }

    /** A marker unique to one test, carried in the message body so its dead letter can be found. */
    private static String missingSource(String marker) {
        return "{\"status\":\"firing\",\"title\":\"" + marker + "\"}";
    }

    private static List<JsonNode> deadLetters() {
        Api.Result listed = api.get(DEAD_LETTERS + "?perPage=100");
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        return StreamSupport.stream(listed.body().path("dead_letters").spliterator(), false).toList();
    }

    private static Optional<JsonNode> deadLetterWith(String marker) {
        return deadLetters().stream().filter(d -> d.path("body").asText().contains(marker)).findFirst();
    }

    private static JsonNode awaitDeadLetter(String marker) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> deadLetterWith(marker), Optional::isPresent)
                .orElseThrow();
    }

    @Test
    void anInvalidAlertIsDeadLetteredWithItsReasonAndOriginalHeaders() {
        String marker = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(1);
        String body = missingSource(marker);
        queues.sendText(QUEUE, body, Map.of("CasebookFormat", "native", "origin", "test-" + marker));

        JsonNode letter = awaitDeadLetter(marker);
        assertThat(letter.path("reason").asText()).isEqualTo("[source]: is required");
        assertThat(letter.path("format").asText()).isEqualTo("native");
        assertThat(letter.path("body").asText()).isEqualTo(body);
        assertThat(Instant.parse(letter.path("received_at").asText())).isAfter(before);
        assertThat(letter.path("id").asText()).startsWith("ID:");

        Message onQueue = queues.browse(DLQ).stream()
                .filter(m -> Queues.text(m).contains(marker)).findFirst().orElseThrow();
        assertThat(Queues.property(onQueue, "origin")).isEqualTo("test-" + marker);
        assertThat(Queues.property(onQueue, "CasebookDeadLetterReason")).isEqualTo("[source]: is required");
        assertThat(queues.browse(QUEUE)).as("acknowledged on the intake queue").isEmpty();
    }

    @Test
    void eachKindOfUnprocessableMessageIsDeadLetteredWithAPreciseReason() {
        String unknownFormat = UUID.randomUUID().toString();
        queues.sendText(QUEUE, "{\"marker\":\"" + unknownFormat + "\"}", Map.of("CasebookFormat", "nagios"));
        assertThat(awaitDeadLetter(unknownFormat).path("reason").asText())
                .startsWith("[format]: unknown format \"nagios\" (known: native");
        assertThat(deadLetterWith(unknownFormat).orElseThrow().path("format").asText()).isEqualTo("nagios");

        String notJson = UUID.randomUUID().toString();
        queues.sendText(QUEUE, "not json " + notJson, Map.of());
        assertThat(awaitDeadLetter(notJson).path("reason").asText()).startsWith("[body]: is not valid JSON");

        String tooLarge = UUID.randomUUID().toString();
        queues.sendText(QUEUE, missingSource(tooLarge + "x".repeat(2048)), Map.of());
        assertThat(awaitDeadLetter(tooLarge).path("reason").asText())
                .isEqualTo("[body]: is larger than the limit of 2048 bytes (casebook.ingest.max-body-bytes)");

        String notUtf8 = UUID.randomUUID().toString();
        byte[] latin1 = ("{\"title\":\"caf\u00e9 " + notUtf8 + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        queues.sendBytes(QUEUE, latin1, Map.of());
        assertThat(awaitDeadLetter(notUtf8).path("reason").asText())
                .isEqualTo("[body]: expected text but got bytes that are not UTF-8");

        String mapMarker = UUID.randomUUID().toString();
        queues.send(QUEUE, s -> Queues.call(() -> {
            var map = s.createMapMessage();
            map.setString("title", "a map");
            return map;
        }), Map.of("marker", mapMarker));
        assertThat(Queues.property(awaitOnDeadLetterQueue(mapMarker), "CasebookDeadLetterReason"))
                .isEqualTo("[body]: expected a text message but got a message of type MapMessage");

        // Its body cannot even be read here (a class the client does not trust): still dead-lettered, not retried.
        String objectMarker = UUID.randomUUID().toString();
        queues.send(QUEUE, s -> Queues.call(() -> s.createObjectMessage(new Opaque(objectMarker))),
                Map.of("marker", objectMarker));
        assertThat(Queues.property(awaitOnDeadLetterQueue(objectMarker), "CasebookDeadLetterReason"))
                .isEqualTo("[body]: expected a text message but got a message of type ObjectMessage");
    }

    /** A serialisable payload of a class ActiveMQ's client does not trust by default. */
    record Opaque(String marker) implements java.io.Serializable {
    }

    private static Message awaitOnDeadLetterQueue(String marker) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> queues.browse(DLQ).stream()
                .filter(m -> marker.equals(Queues.property(m, "marker"))).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    @Test
    void replayingAMessageThatStillFailsPutsItBackOnTheDeadLetterQueue() {
        String marker = UUID.randomUUID().toString();
        queues.sendText(QUEUE, missingSource(marker), Map.of());
        String firstId = awaitDeadLetter(marker).path("id").asText();

        Api.Result replayed = api.post(REPLAY, Map.of("ids", List.of(firstId)));
        assertThat(replayed.status()).as(replayed.raw()).isEqualTo(200);
        assertThat(replayed.body().path("replayed").asInt()).isEqualTo(1);
        assertThat(replayed.body().path("not_found")).isEmpty();

        JsonNode again = await().atMost(Duration.ofSeconds(20)).until(() -> deadLetterWith(marker),
                d -> d.isPresent() && !d.get().path("id").asText().equals(firstId)).orElseThrow();
        assertThat(again.path("reason").asText()).isEqualTo("[source]: is required");
        assertThat(deadLetters().stream().filter(d -> d.path("body").asText().contains(marker)))
                .as("moved, not copied").hasSize(1);
    }

    @Test
    void replayingAValidMessageStoresIt() {
        String fingerprint = UUID.randomUUID().toString();
        String alert = JmsIngestTest.alert(fingerprint, "firing");
        // As if it had failed while a normaliser was broken: put straight on the dead-letter queue.
        String id = queues.sendText(DLQ, alert, Map.of("CasebookFormat", "native",
                "CasebookDeadLetterReason", "simulated failure"));
        assertThat(awaitDeadLetter(fingerprint).path("reason").asText()).isEqualTo("simulated failure");

        Api.Result replayed = api.post(REPLAY, null);
        assertThat(replayed.status()).as(replayed.raw()).isEqualTo(200);
        assertThat(replayed.body().path("replayed").asInt()).isGreaterThanOrEqualTo(1);

        String alertId = await().atMost(Duration.ofSeconds(20))
                .until(() -> store.idOf("jms-test", fingerprint), Optional::isPresent).orElseThrow();
        assertThat(api.get("/api/alerts/" + alertId).text("fingerprint")).isEqualTo(fingerprint);
        assertThat(deadLetters()).noneMatch(d -> d.path("id").asText().equals(id)
                || d.path("body").asText().contains(fingerprint));
    }

    @Test
    void replayChecksItsBodyAndNeedsKbnXsrf() {
        assertThat(api.postWithoutXsrf(REPLAY, null).text("message"))
                .isEqualTo("Request must contain a kbn-xsrf header.");
        assertThat(api.post(REPLAY, Map.of("ids", List.of())).text("message"))
                .isEqualTo("[ids]: must not be empty (leave it out to replay every dead letter)");
        assertThat(api.post(REPLAY, Map.of("ids", List.of("ID:a", ""))).text("message"))
                .isEqualTo("[ids.1]: expected a message id but got an empty string");
        assertThat(api.post(REPLAY, Map.of("id", "ID:a")).text("message")).isEqualTo("invalid keys \"id\"");
        assertThat(api.post(REPLAY, "[1]").status()).isEqualTo(400);

        Api.Result unknown = api.post(REPLAY, Map.of("ids", List.of("ID:nope-'quoted'")));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body().path("replayed").asInt()).isZero();
        assertThat(unknown.body().path("not_found").get(0).asText()).isEqualTo("ID:nope-'quoted'");
    }

    @Test
    void theListIsPagedAndNotTakenForAnAlertId() {
        for (int i = 0; i < 3; i++) {
            queues.sendText(DLQ, "{\"paging\":" + i + "}", Map.of("CasebookDeadLetterReason", "paging"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(DEAD_LETTERS).body().path("total").asInt() >= 3);

        Api.Result first = api.get(DEAD_LETTERS + "?page=1&perPage=1");
        Api.Result second = api.get(DEAD_LETTERS + "?page=2&perPage=1");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("page").asInt()).isEqualTo(1);
        assertThat(first.body().path("per_page").asInt()).isEqualTo(1);
        assertThat(first.body().path("dead_letters")).hasSize(1);
        assertThat(second.body().path("dead_letters")).hasSize(1);
        assertThat(first.body().at("/dead_letters/0/id")).isNotEqualTo(second.body().at("/dead_letters/0/id"));
        int total = first.body().path("total").asInt();
        assertThat(api.get(DEAD_LETTERS + "?page=" + (total + 1) + "&perPage=1").body().path("dead_letters"))
                .isEmpty();

        assertThat(api.get(DEAD_LETTERS + "?perPage=100").status()).isEqualTo(200);
        assertThat(api.get(DEAD_LETTERS + "?perPage=101").text("message"))
                .isEqualTo("The provided perPage value is too high. The maximum allowed perPage value is 100.");
        assertThat(api.get(DEAD_LETTERS + "?page=0").status()).isEqualTo(400);
        assertThat(api.post(DEAD_LETTERS, null).status()).as("GET only").isEqualTo(405);
    }
}
