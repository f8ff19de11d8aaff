package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import io.casebook.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/alerts/_find}: filters, bounds, paging and order, on H2 and (in the PostgreSQL run) PostgreSQL. */
class AlertFindApiTest {

    static TestEngine engine;
    static Api api;
    static Webhooks hooks;

    @BeforeAll
    static void start() {
        engine = TestEngine.start();
        api = engine.api();
        hooks = new Webhooks(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** Three alerts of a source of their own, stored one after the other: a (firing), b (resolved), c (firing). */
    private static List<JsonNode> threeAlerts(String source) {
        List<JsonNode> stored = new ArrayList<>();
        for (String[] alert : new String[][] {{"a", "firing"}, {"b", "resolved"}, {"c", "firing"}}) {
            Api.Result accepted = hooks.post("/api/alerts", "{\"id\":\"" + alert[0] + "\",\"source\":\"" + source
                    + "\",\"status\":\"" + alert[1] + "\",\"title\":\"t\"}", "application/json");
            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
            JsonNode alertView = api.get("/api/alerts/" + accepted.body().at("/alerts/0/id").asText()).body();
            stored.add(alertView);
            // Distinct last-seen times make "newest first" a fact to check rather than a tie broken by id.
            Instant seen = Instant.parse(alertView.path("last_seen_at").asText());
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(1))
                    .until(() -> Instant.now().isAfter(seen.plusMillis(1)));
        }
        return stored;
    }

    private static List<String> fingerprints(Api.Result result) {
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        result.body().path("alerts").forEach(a -> out.add(a.path("fingerprint").asText()));
        return out;
    }

    @Test
    void listsTheAlertsOfASourceNewestFirstWithoutHistory() {
        String source = "find-" + UUID.randomUUID();
        List<JsonNode> stored = threeAlerts(source);

        Api.Result all = api.get("/api/alerts/_find?source=" + source);

        assertThat(fingerprints(all)).containsExactly("c", "b", "a");
        assertThat(all.body().path("total").asLong()).isEqualTo(3);
        assertThat(all.body().path("page").asInt()).isEqualTo(1);
        assertThat(all.body().path("per_page").asInt()).isEqualTo(20);
        List<String> listedKeys = new ArrayList<>();
        all.body().at("/alerts/0").fieldNames().forEachRemaining(listedKeys::add);
        List<String> singleKeys = new ArrayList<>();
        stored.get(2).fieldNames().forEachRemaining(singleKeys::add);
        singleKeys.remove("history");
        assertThat(listedKeys).containsExactlyElementsOf(singleKeys);
        assertThat(all.body().at("/alerts/0/id").asText()).isEqualTo(stored.get(2).path("id").asText());
    }

    @Test
    void filtersByStatusFormatAndFingerprint() {
        String source = "find-" + UUID.randomUUID();
        threeAlerts(source);
        String base = "/api/alerts/_find?source=" + source;

        assertThat(fingerprints(api.get(base + "&status=firing"))).containsExactly("c", "a");
        assertThat(fingerprints(api.get(base + "&status=firing&status=resolved"))).containsExactly("c", "b", "a");
        assertThat(fingerprints(api.get(base + "&status=%5B%22resolved%22%5D"))).containsExactly("b");
        assertThat(fingerprints(api.get(base + "&status=acknowledged"))).isEmpty();
        assertThat(fingerprints(api.get(base + "&fingerprint=b&fingerprint=a"))).containsExactly("b", "a");
        assertThat(fingerprints(api.get(base + "&format=native"))).hasSize(3);
        assertThat(fingerprints(api.get(base + "&format=alertmanager"))).isEmpty();
        assertThat(fingerprints(api.get("/api/alerts/_find?source=" + source + "x"))).isEmpty();
    }

    @Test
    void boundsTheLastSeenTimeInclusively() {
        String source = "find-" + UUID.randomUUID();
        List<JsonNode> stored = threeAlerts(source);
        String b = stored.get(1).path("last_seen_at").asText();
        String base = "/api/alerts/_find?source=" + source;

        assertThat(fingerprints(api.get(base + "&from=" + b))).containsExactly("c", "b");
        assertThat(fingerprints(api.get(base + "&to=" + b))).containsExactly("b", "a");
        assertThat(fingerprints(api.get(base + "&from=" + b + "&to=" + b))).containsExactly("b");
        String day = stored.get(0).path("last_seen_at").asText().substring(0, 10);
        assertThat(fingerprints(api.get(base + "&from=" + day))).hasSize(3);
    }

    @Test
    void pagesThroughTheListing() {
        String source = "find-" + UUID.randomUUID();
        threeAlerts(source);
        String base = "/api/alerts/_find?source=" + source + "&perPage=2";

        Api.Result first = api.get(base + "&page=1");
        Api.Result second = api.get(base + "&page=2");

        assertThat(fingerprints(first)).containsExactly("c", "b");
        assertThat(fingerprints(second)).containsExactly("a");
        assertThat(second.body().path("total").asLong()).isEqualTo(3);
        assertThat(second.body().path("page").asInt()).isEqualTo(2);
        assertThat(second.body().path("per_page").asInt()).isEqualTo(2);
        assertThat(fingerprints(api.get(base + "&page=3"))).isEmpty();
    }

    @Test
    void findIsNotTakenForAnAlertId() {
        Api.Result found = api.get("/api/alerts/_find?source=nobody-" + UUID.randomUUID());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("alerts").isArray()).isTrue();
        assertThat(found.body().path("total").asLong()).isZero();
        assertThat(api.get("/api/alerts/_fin").status()).isEqualTo(404);
    }

    @Test
    void refusesBadParametersAsKibanaDoes() {
        assertThat(api.get("/api/alerts/_find?status=burning").text("message")).isEqualTo(
                "Invalid value \"burning\" supplied to \"status\" (expected firing, acknowledged or resolved)");
        assertThat(api.get("/api/alerts/_find?from=yesterday").text("message")).isEqualTo("Invalid value "
                + "\"yesterday\" supplied to \"from\" (expected an ISO 8601 date-time such as 2026-11-29T10:00:00Z)");
        assertThat(api.get("/api/alerts/_find?perPage=100").status()).isEqualTo(200);
        Api.Result tooMany = api.get("/api/alerts/_find?perPage=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("message"))
                .isEqualTo("The provided perPage value is too high. The maximum allowed perPage value is 100.");
        assertThat(api.get("/api/alerts/_find?page=0").text("message"))
                .isEqualTo("Invalid value \"0\" supplied to \"page\"");
    }
}
