package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.EngineProcess;
import io.casebook.support.FakeJira;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.casebook.support.AttachmentFixtures.userComment;
import static io.casebook.support.FakeJira.ISSUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A push asked for just before the engine dies is delivered after the restart, once: the engine (its own
 * JVM) is SIGKILLed while Jira is still creating the issue; the restarted engine takes the push again when
 * the dead one's claim runs out, finds the issue by the case's label instead of creating a second, and sends
 * the comment once.
 */
@Tag("slow")
class KillDuringPushIT {

    @Test
    void aPushInFlightWhenTheEngineIsKilledIsDeliveredOnceAfterRestart() throws Exception {
        try (FakeJira jira = FakeJira.start()) {
            // Jira takes its time answering the create: the engine is killed while it waits.
            jira.server().stubFor(post(ISSUE).inScenario(FakeJira.LIFE).willSetStateTo(FakeJira.CREATED)
                    .willReturn(jira.created().withFixedDelay(5_000)));
            Path dataDir = Files.createTempDirectory("casebook-kill-push");
            Map<String, String> settings = Map.of("casebook.http.port", String.valueOf(EngineProcess.freePort()),
                    "casebook.http.host", "127.0.0.1", "casebook.data.dir", dataDir.toString(),
                    "casebook.broker.embedded-url", "tcp://127.0.0.1:" + EngineProcess.freePort(),
                    "casebook.connectors.push.lease-ms", "4000",
                    "casebook.connectors.push.poll-ms", "200",
                    "casebook.connectors.http.response-timeout-ms", "3000");

            String caseId;
            String connectorId;
            EngineProcess first = EngineProcess.start(settings, Duration.ofSeconds(60));
            try {
                Api api = first.api();
                connectorId = api.post("/api/actions/connector", jira.connectorBody("Jira")).text("id");
                caseId = api.post("/api/cases", CaseFixtures.newCase("Pushed while dying")).text("id");
                assertThat(api.post("/api/cases/" + caseId + "/comments", userComment("Seen at 03:00")).status())
                        .isEqualTo(200);
                String push = "/api/cases/" + caseId + "/connector/" + connectorId + "/_push";
                CompletableFuture.runAsync(() -> api.post(push, Map.of())).exceptionally(dropped -> null);
                await("Jira received the create").atMost(Duration.ofSeconds(30)).until(() -> jira.server()
                        .getAllScenarios().getScenarios().stream()
                        .anyMatch(s -> FakeJira.LIFE.equals(s.getName()) && FakeJira.CREATED.equals(s.getState())));
            } finally {
                first.kill();
            }
            assertThat(jira.creates()).isEqualTo(1);

            try (EngineProcess second = EngineProcess.start(settings, Duration.ofSeconds(60))) {
                Api api = second.api();
                JsonNode pushed = await("the push delivered after restart (log: " + second.log() + ")")
                        .atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/cases/" + caseId).body(),
                                c -> !c.get("external_service").isNull());
                assertThat(pushed.at("/external_service/external_id").asText()).isEqualTo("10000");
                assertThat(pushed.at("/external_service/external_title").asText()).isEqualTo("OPS-1");
                assertThat(jira.creates()).as("no second issue").isEqualTo(1);
                assertThat(jira.server().findAll(postRequestedFor(urlEqualTo(ISSUE + "/10000/comment"))))
                        .hasSize(1);
                JsonNode actions = api.get("/api/cases/" + caseId + "/user_actions/_find?perPage=100").body();
                assertThat(actions.get("userActions").findValuesAsText("type").stream()
                        .filter("pushed"::equals)).hasSize(1);
                assertThat(api.get("/internal/cases/" + caseId + "/_connectors").body()
                        .at("/" + connectorId + "/push/outbox")).isEmpty();
            }
        }
    }
}
