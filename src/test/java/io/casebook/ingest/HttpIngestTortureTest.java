package io.casebook.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.StoredAlerts;
import io.casebook.support.TestEngine;
import io.casebook.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Parser torture over HTTP, for every ingest format: malformed, truncated, wrong types, over the body limit,
 * 10,000 levels deep, a string over the parser limit, binary garbage, empty, another media type. Each is refused
 * with its format's 4xx (PagerDuty's own body on /v2/enqueue), nothing reaches the alert store or the cases, and
 * the engine takes the next valid payload.
 */
class HttpIngestTortureTest {

    /** The shipped limit (1 MiB): the torture is measured against what production runs with. */
    static final int MAX_BODY = 1_048_576;
    /** Over casebook.json.max-string-length (512 Ki chars), under the body limit. */
    static final int LONG_STRING = 600_000;
    static final List<String> TABLES = List.of("alerts", "alert_deliveries", "alert_events", "cases");

    static TestEngine engine;
    static Webhooks hooks;
    static StoredAlerts store;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.ingest.max-body-bytes", String.valueOf(MAX_BODY)));
        hooks = new Webhooks(engine);
        store = new StoredAlerts(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** A hostile request, the status it must get and words its refusal must hold (null: any). */
    enum Hostile {
        MALFORMED(400, null),
        TRUNCATED(400, null),
        WRONG_TYPES(400, null),
        HUGE(413, "casebook.ingest.max-body-bytes"),
        DEEPLY_NESTED(400, "casebook.json.max-nesting-depth"),
        HUGE_STRING(400, "casebook.json.max-string-length"),
        BINARY_GARBAGE(400, null),
        EMPTY(400, null),
        WRONG_CONTENT_TYPE(415, null);

        final int status;
        final String says;

        Hostile(int status, String says) {
            this.status = status;
            this.says = says;
        }

        Api.Result send(HostilePayloads format) {
            return switch (this) {
                case MALFORMED -> hooks.post(format.path, format.malformed(), "application/json");
                case TRUNCATED -> hooks.post(format.path, format.truncated(), "application/json");
                case WRONG_TYPES -> hooks.post(format.path, format.wrongTypes(), "application/json");
                case HUGE -> hooks.post(format.path, format.huge(MAX_BODY), "application/json");
                case DEEPLY_NESTED -> hooks.post(format.path, format.deeplyNested(), "application/json");
                case HUGE_STRING -> hooks.post(format.path, format.hugeString(LONG_STRING), "application/json");
                case BINARY_GARBAGE -> engine.api().send(HttpRequest.newBuilder(URI.create(engine.api().base()
                        + format.path)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(HostilePayloads.garbage())), false);
                case EMPTY -> hooks.post(format.path, "", "application/json");
                case WRONG_CONTENT_TYPE -> hooks.post(format.path, format.valid(), "text/plain");
            };
        }
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(HostilePayloads.values())
                .flatMap(format -> Arrays.stream(Hostile.values()).map(kind -> Arguments.of(format, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void isRefusedStoresNothingAndTheNextValidPayloadIsTaken(HostilePayloads format, Hostile kind) {
        Map<String, Long> before = settledCounts();

        Api.Result refused = kind.send(format);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(kind.status);
        assertRefusalShape(format, kind, refused);
        assertThat(counts()).as("nothing stored").isEqualTo(before);
        assertThat(store.waitingEvents()).isZero();

        Api.Result next = hooks.post(format.path, format.valid(), "application/json");
        assertThat(next.status()).as(next.raw()).isEqualTo(202);
    }

    private static void assertRefusalShape(HostilePayloads format, Hostile kind, Api.Result refused) {
        JsonNode body = refused.body();
        assertThat(body).as("a JSON refusal: " + refused.raw()).isNotNull();
        String words;
        if (format == HostilePayloads.PAGERDUTY && kind != Hostile.WRONG_CONTENT_TYPE) {
            // PagerDuty's own shape, so its clients read the refusal as PagerDuty's.
            assertThat(body.path("status").asText()).isEqualTo("invalid event");
            assertThat(body.path("errors")).isNotEmpty();
            words = body.path("errors").toString();
        } else {
            assertThat(body.path("statusCode").asInt()).isEqualTo(kind.status);
            assertThat(body.path("error").asText()).isNotBlank();
            words = body.path("message").asText();
            assertThat(words).isNotBlank();
        }
        if (kind.says != null) {
            assertThat(words).contains(kind.says);
        }
        assertThat(refused.raw().length()).as("the refusal does not echo the payload").isLessThan(2_000);
    }

    /** Counts once the rules router has nothing left from earlier tests, so cases cannot change meanwhile. */
    private static Map<String, Long> settledCounts() {
        await().atMost(Duration.ofSeconds(20)).until(() -> store.waitingEvents() == 0);
        return counts();
    }

    private static Map<String, Long> counts() {
        return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t,
                t -> Long.parseLong(store.rows("SELECT COUNT(*) AS n FROM " + t).get(0).get("n"))));
    }
}
