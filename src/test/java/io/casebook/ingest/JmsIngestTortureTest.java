package io.casebook.ingest;

import io.casebook.support.Queues;
import io.casebook.support.StoredAlerts;
import io.casebook.support.TestEngine;
import jakarta.jms.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Parser torture over the JMS queue, for every format its header can name: each hostile message is
 * dead-lettered with the reason (never redelivered, never stored), and the next valid message is stored.
 */
class JmsIngestTortureTest {

    static final String QUEUE = "casebook.alerts";
    static final String DLQ = QUEUE + ".DLQ";
    static final int MAX_BODY = 1_048_576;
    static final List<String> TABLES = List.of("alerts", "alert_deliveries", "alert_events", "cases");

    static TestEngine engine;
    static Queues queues;
    static StoredAlerts store;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.ingest.max-body-bytes", String.valueOf(MAX_BODY)));
        queues = new Queues(engine.brokerUrl());
        store = new StoredAlerts(engine);
    }

    @AfterAll
    static void stop() {
        queues.close();
        engine.close();
    }

    /** A hostile message and words its dead-letter reason must hold. */
    enum Hostile {
        MALFORMED("[body]: is not valid JSON"),
        TRUNCATED("[body]: is not valid JSON"),
        WRONG_TYPES("]: "),
        HUGE("casebook.ingest.max-body-bytes"),
        DEEPLY_NESTED("casebook.json.max-nesting-depth"),
        HUGE_STRING("casebook.json.max-string-length"),
        BINARY_GARBAGE("[body]: expected text but got bytes that are not UTF-8"),
        EMPTY("[body]: is empty"),
        NOT_A_TEXT_MESSAGE("[body]: expected a text message but got a message of type MapMessage");

        final String reason;

        Hostile(String reason) {
            this.reason = reason;
        }

        void send(HostilePayloads format, String marker) {
            Map<String, String> properties = Map.of("CasebookFormat", format.format, "marker", marker);
            switch (this) {
                case MALFORMED -> queues.sendText(QUEUE, format.malformed(), properties);
                case TRUNCATED -> queues.sendText(QUEUE, format.truncated(), properties);
                case WRONG_TYPES -> queues.sendText(QUEUE, format.wrongTypes(), properties);
                case HUGE -> queues.sendText(QUEUE, format.huge(MAX_BODY), properties);
                case DEEPLY_NESTED -> queues.sendText(QUEUE, format.deeplyNested(), properties);
                case HUGE_STRING -> queues.sendText(QUEUE, format.hugeString(600_000), properties);
                case BINARY_GARBAGE -> queues.sendBytes(QUEUE, HostilePayloads.garbage(), properties);
                case EMPTY -> queues.sendText(QUEUE, "", properties);
                case NOT_A_TEXT_MESSAGE -> queues.send(QUEUE, s -> Queues.call(() -> {
                    var map = s.createMapMessage();
                    map.setString("body", format.valid());
                    return map;
                }), properties);
            }
        }
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(HostilePayloads.values())
                .flatMap(format -> Arrays.stream(Hostile.values()).map(kind -> Arguments.of(format, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void isDeadLetteredWithItsReasonStoresNothingAndTheNextValidMessageIsStored(HostilePayloads format,
                                                                              Hostile kind) {
        Map<String, Long> before = settledCounts();
        String marker = UUID.randomUUID().toString();

        kind.send(format, marker);

        Message dead = await().atMost(Duration.ofSeconds(20)).until(() -> queues.browse(DLQ).stream()
                .filter(m -> marker.equals(Queues.property(m, "marker"))).findFirst(), Optional::isPresent)
                .orElseThrow();
        String reason = Queues.property(dead, "CasebookDeadLetterReason");
        assertThat(reason).contains(kind.reason);
        assertThat(reason.length()).as("the reason does not carry the payload").isLessThan(1_000);
        assertThat(queues.browse(QUEUE)).as("acknowledged, not redelivered").isEmpty();
        assertThat(counts()).as("nothing stored").isEqualTo(before);

        queues.sendText(QUEUE, format.valid(), Map.of("CasebookFormat", format.format));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> counts().get("alert_deliveries") == before.get("alert_deliveries") + 1);
    }

    private static Map<String, Long> settledCounts() {
        await().atMost(Duration.ofSeconds(20)).until(() -> store.waitingEvents() == 0);
        return counts();
    }

    private static Map<String, Long> counts() {
        return TABLES.stream().collect(Collectors.toMap(t -> t,
                t -> Long.parseLong(store.rows("SELECT COUNT(*) AS n FROM " + t).get(0).get("n"))));
    }

}
