package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.FakeJira;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.casebook.support.AttachmentFixtures.userComment;
import static io.casebook.support.FakeJira.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox beyond what every type's {@link ConnectorOutboxTest} checks: Kibana's {@code _connectors} semantics
 * (what makes a case need a push) and the per-connector concurrency limit. Real engine, real HTTP, WireMock as
 * Jira.
 */
class PushReliabilityTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final int MAX_ATTEMPTS = 4;
    private static FakeJira jira;
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        jira = FakeJira.start();
        Map<String, String> settings = new HashMap<>(DB.settings());
        settings.put("casebook.connectors.push.poll-ms", "100");
        settings.put("casebook.connectors.push.backoff-initial-ms", "100");
        settings.put("casebook.connectors.push.backoff-max-ms", "400");
        settings.put("casebook.connectors.push.max-attempts", String.valueOf(MAX_ATTEMPTS));
        settings.put("casebook.connectors.push.max-concurrent-per-connector", "2");
        settings.put("casebook.connectors.http.response-timeout-ms", "1000");
        engine = TestEngine.start(settings);
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        jira.close();
    }

    @BeforeEach
    void freshJira() {
        jira.reset();
    }

    @Test
    void connectorsFollowKibanaNeedsToBePushedAfterCommentsButNotAfterStatusChanges() {
        String connector = connector();
        String id = newCase("Tracked");
        assertThat(status(id, connector)).isNull(); // never set on the case nor pushed: not listed

        assertThat(push(id, connector).status()).isEqualTo(200);
        JsonNode pushed = status(id, connector);
        assertThat(pushed.get("type").asText()).isEqualTo(".jira");
        assertThat(pushed.at("/push/hasBeenPushed").asBoolean()).isTrue();
        assertThat(pushed.at("/push/needsToBePushed").asBoolean()).isFalse();
        String pushedAt = pushedActions(id).get(0).get("created_at").asText();
        assertThat(pushed.at("/push/details/latestUserActionPushDate").asText()).isEqualTo(pushedAt);
        assertThat(pushed.at("/push/details/oldestUserActionPushDate").asText()).isEqualTo(pushedAt);
        assertThat(pushed.at("/push/details/externalService/external_id").asText()).isEqualTo("10000");

        JsonNode theCase = api.get("/api/cases/" + id).body();
        Api.Result progressed = api.patch("/api/cases", Map.of("cases", List.of(Map.of("id", id,
                "version", theCase.get("version").asText(), "status", "in-progress"))));
        assertThat(progressed.status()).as(progressed.raw()).isEqualTo(200);
        assertThat(status(id, connector).at("/push/needsToBePushed").asBoolean()).isFalse();

        api.post("/api/cases/" + id + "/comments", userComment("New finding"));
        assertThat(status(id, connector).at("/push/needsToBePushed").asBoolean()).isTrue();
    }

    @Test
    void noMoreThanTheConnectorsConcurrencyLimitOfPushesTalkToItAtOnce() {
        jira.server().stubFor(get(urlPathEqualTo(SEARCH)).willReturn(
                okJson("{\"issues\":[],\"isLast\":true}").withFixedDelay(300)));
        String connector = connector();
        List<String> ids = IntStream.range(0, 6).mapToObj(i -> newCase("Burst " + i)).toList();

        List<CompletableFuture<Integer>> pushes = new ArrayList<>();
        ids.forEach(id -> pushes.add(CompletableFuture.supplyAsync(() -> push(id, connector).status())));

        assertThat(pushes.stream().map(CompletableFuture::join)).containsOnly(200);
        // Each push holds its slot from its search to its last call, so at most 2 searches are ever in flight.
        List<Instant> starts = jira.server().findAll(getRequestedFor(urlPathEqualTo(SEARCH))).stream()
                .map(r -> r.getLoggedDate().toInstant()).sorted().toList();
        assertThat(starts).hasSize(6);
        for (int i = 0; i + 2 < starts.size(); i++) {
            assertThat(Duration.between(starts.get(i), starts.get(i + 2)))
                    .as("third search started while two were in flight").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    private static String connector() {
        Api.Result created = api.post("/api/actions/connector", jira.connectorBody("Jira"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static String newCase(String title) {
        Api.Result created = api.post("/api/cases", CaseFixtures.newCase(title));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static Api.Result push(String caseId, String connectorId) {
        return api.post("/api/cases/" + caseId + "/connector/" + connectorId + "/_push", Map.of());
    }

    private static JsonNode status(String caseId, String connectorId) {
        Api.Result result = api.get("/internal/cases/" + caseId + "/_connectors");
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body().get(connectorId);
    }

    private static List<JsonNode> pushedActions(String id) {
        List<JsonNode> pushed = new ArrayList<>();
        api.get("/api/cases/" + id + "/user_actions/_find?perPage=100").body().get("userActions").forEach(a -> {
            if ("pushed".equals(a.get("type").asText())) {
                pushed.add(a);
            }
        });
        return pushed;
    }
}
