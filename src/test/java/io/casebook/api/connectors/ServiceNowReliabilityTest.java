package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.casebook.support.Api;
import io.casebook.support.FakeServiceNow;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.casebook.support.FakeServiceNow.CREATED;
import static io.casebook.support.FakeServiceNow.INCIDENTS;
import static io.casebook.support.FakeServiceNow.LIFE;
import static io.casebook.support.FakeServiceNow.SYS_ID;
import static io.casebook.support.FakeServiceNow.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The push outbox against a ServiceNow ITSM (Table API, Basic auth) that fails the way real ones do: 503 then
 * fine, 429 with Retry-After, a create that times out after ServiceNow made the incident, refusals, an outage
 * that outlasts the retries; and Kibana's {@code _connectors} view of it all. Real engine, real HTTP, WireMock as
 * ServiceNow.
 */
class ServiceNowReliabilityTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final int MAX_ATTEMPTS = 4;
    private static FakeServiceNow snow;
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        snow = FakeServiceNow.start();
        engine = TestEngine.start(OutboxSteps.fastOutbox(DB.settings(), MAX_ATTEMPTS));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        snow.close();
    }

    @BeforeEach
    void freshServiceNow() {
        snow.reset();
    }

    @Test
    void a503IsAnswered424ThenTheOutboxLooksUpAgainAndCreatesOnce() {
        snow.server().stubFor(post(INCIDENTS).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("up").willReturn(error(503, "Service Unavailable",
                        "The instance is undergoing maintenance")));
        snow.server().stubFor(post(INCIDENTS).inScenario("outage").whenScenarioStateIs("up")
                .willReturn(snow.created()));
        String connector = connector();
        String id = newCase("Flaky");

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("503").contains("The instance is undergoing maintenance")
                .contains("tries again");
        JsonNode delivered = awaitPushed(id);
        assertThat(delivered.at("/external_service/external_id").asText()).isEqualTo(SYS_ID);
        assertThat(delivered.at("/external_service/external_title").asText()).isEqualTo("INC0010001");
        assertThat(snow.creates()).isEqualTo(2);
        snow.server().verify(2, lookup(id));
        assertThat(pushedActions(id)).hasSize(1);
        assertThat(status(id, connector).at("/push/outbox")).isEmpty();
    }

    @Test
    void a429IsRetriedNoSoonerThanItsRetryAfter() {
        snow.server().stubFor(post(INCIDENTS).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("free").willReturn(error(429, "Too Many Requests",
                        "Rate limit of inbound REST requests exceeded").withHeader("Retry-After", "2")));
        snow.server().stubFor(post(INCIDENTS).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(snow.created()));
        String connector = connector();
        String id = newCase("Busy");

        assertThat(push(id, connector).status()).isEqualTo(424);

        JsonNode waiting = status(id, connector).at("/push/outbox/0");
        assertThat(waiting.get("state").asText()).isEqualTo("pending");
        assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
        assertThat(waiting.get("lastError").asText()).contains("429")
                .contains("Rate limit of inbound REST requests exceeded");
        assertThat(Duration.between(Instant.parse(waiting.get("lastAttemptAt").asText()),
                Instant.parse(waiting.get("nextAttemptAt").asText()))).isEqualTo(Duration.ofSeconds(2));
        awaitPushed(id);
        List<LoggedRequest> creates = snow.server().findAll(postRequestedFor(urlEqualTo(INCIDENTS)));
        assertThat(creates).hasSize(2);
        assertThat(Duration.between(creates.get(0).getLoggedDate().toInstant(),
                creates.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(pushedActions(id)).hasSize(1);
    }

    @Test
    void aCreateThatTimesOutAfterServiceNowMadeTheIncidentIsFoundAndUpdatedNotDuplicated() {
        // ServiceNow makes the incident (the scenario moves on when the request arrives) but answers after our timeout.
        snow.server().stubFor(post(INCIDENTS).inScenario(LIFE).willSetStateTo(CREATED)
                .willReturn(snow.created().withFixedDelay(2_500)));
        String connector = connector();
        String id = newCase("Slow ServiceNow");

        CompletableFuture<Api.Result> pushing = CompletableFuture.supplyAsync(() -> push(id, connector));
        await().atMost(Duration.ofSeconds(5)).until(snow::lifeState, CREATED::equals);
        OutboxSteps.retitle(api, id, "Slow ServiceNow, retitled"); // while ServiceNow still works on the create
        Api.Result pushed = pushing.join();

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Cannot reach");
        JsonNode delivered = awaitPushed(id);
        assertThat(delivered.at("/external_service/external_id").asText()).isEqualTo(SYS_ID);
        assertThat(snow.creates()).isEqualTo(1);
        snow.server().verify(2, lookup(id));
        JsonNode created = Api.json(snow.server().findAll(postRequestedFor(urlEqualTo(INCIDENTS))).get(0)
                .getBodyAsString());
        assertThat(created.get("short_description").asText()).isEqualTo("Slow ServiceNow");
        // The found incident is brought up to the case as it is now, not left as the lost create wrote it.
        List<LoggedRequest> updates = snow.server().findAll(patchRequestedFor(urlEqualTo(INCIDENTS + "/" + SYS_ID)));
        assertThat(updates).hasSize(1);
        assertThat(Api.json(updates.get(0).getBodyAsString()).get("short_description").asText())
                .isEqualTo("Slow ServiceNow, retitled");
        assertThat(pushedActions(id)).hasSize(1);
    }

    @Test
    void aRefusalIsFinalWithServiceNowsMessageAndStaysVisibleUntilAPushSucceeds() {
        snow.server().stubFor(post(INCIDENTS).willReturn(error(400, "Operation Failed",
                "Data Policy Exception: Caller is mandatory")));
        String connector = connector();
        String id = newCase("Refused");

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Operation Failed: Data Policy Exception: Caller is mandatory")
                .contains("400").doesNotContain("tries again");
        JsonNode status = status(id, connector);
        assertThat(status.at("/push/hasBeenPushed").asBoolean()).isFalse();
        assertThat(status.at("/push/needsToBePushed").asBoolean()).isTrue();
        JsonNode failed = status.at("/push/outbox/0");
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("Data Policy Exception: Caller is mandatory");
        assertThat(snow.creates()).isEqualTo(1);

        snow.reset();
        assertThat(push(id, connector).status()).isEqualTo(200);
        assertThat(status(id, connector).at("/push/outbox")).isEmpty();
    }

    @Test
    void unauthorisedIsFinalAndCreatesNothing() {
        snow.server().stubFor(get(urlPathEqualTo(INCIDENTS)).willReturn(error(401, "User Not Authenticated",
                "Required to provide Auth information")));
        String connector = connector();
        String id = newCase("No auth");

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("User Not Authenticated").contains("401");
        JsonNode failed = status(id, connector).at("/push/outbox/0");
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("User Not Authenticated").contains("401");
        snow.server().verify(1, lookup(id)); // Basic credentials ServiceNow refused are not tried again
        assertThat(snow.creates()).isZero();
    }

    @Test
    void anOutageOutlastingTheRetriesEndsAsAFailureAfterTheLastAttempt() {
        snow.server().stubFor(post(INCIDENTS).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
        String connector = connector();
        String id = newCase("Outage");

        assertThat(push(id, connector).status()).isEqualTo(424);

        JsonNode failed = OutboxSteps.awaitFailed(api, id, connector);
        assertThat(failed.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("502").contains("Bad Gateway");
        assertThat(snow.creates()).isEqualTo(MAX_ATTEMPTS);
        snow.server().verify(MAX_ATTEMPTS, lookup(id));
        assertThat(api.get("/api/cases/" + id).body().get("external_service").isNull()).isTrue();
        assertThat(pushedActions(id)).isEmpty();
    }

    /** The look-up by {@code correlation_id} a create is preceded by. */
    private static RequestPatternBuilder lookup(String caseId) {
        return getRequestedFor(urlPathEqualTo(INCIDENTS))
                .withQueryParam("sysparm_query", equalTo("correlation_id=" + caseId))
                .withQueryParam("sysparm_limit", equalTo("1"));
    }

    private static String connector() {
        return OutboxSteps.connector(api, snow.connectorBody("ServiceNow"));
    }

    private static String newCase(String title) {
        return OutboxSteps.newCase(api, title);
    }

    private static Api.Result push(String caseId, String connectorId) {
        return OutboxSteps.push(api, caseId, connectorId);
    }

    private static JsonNode awaitPushed(String id) {
        return OutboxSteps.awaitPushed(api, id);
    }

    private static JsonNode status(String caseId, String connectorId) {
        return OutboxSteps.status(api, caseId, connectorId);
    }

    private static List<JsonNode> pushedActions(String id) {
        return OutboxSteps.pushedActions(api, id);
    }
}
