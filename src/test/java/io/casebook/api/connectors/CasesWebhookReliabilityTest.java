package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The push outbox with Webhook - Case Management against an HTTP case system that fails like real ones: 503
 * then fine, 429 with Retry-After, a create that times out after the system made the record (found again by
 * Casebook's lookup by case id, not duplicated), a refusal, an outage outlasting the retries.
 */
class CasesWebhookReliabilityTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final int MAX_ATTEMPTS = 4;
    private static final String LIFE = "record";
    private static final String CREATED = "created";
    private static final WireMockServer CASES = new WireMockServer(options().dynamicPort());
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        CASES.start();
        engine = TestEngine.start(OutboxSteps.fastOutbox(DB.settings(), MAX_ATTEMPTS));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        CASES.stop();
    }

    /** A case system where the lookup by case id finds record 7 once a create arrived, as a real one would. */
    @BeforeEach
    void caseSystem() {
        CASES.resetAll();
        CASES.stubFor(get(urlPathEqualTo("/records")).inScenario(LIFE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"items\":[]}")));
        CASES.stubFor(get(urlPathEqualTo("/records")).inScenario(LIFE).whenScenarioStateIs(CREATED)
                .willReturn(okJson("{\"items\":[{\"id\":\"7\"}]}")));
        CASES.stubFor(post("/records").inScenario(LIFE).willSetStateTo(CREATED).willReturn(created()));
        CASES.stubFor(get("/records/7").willReturn(okJson("{\"id\":\"7\",\"number\":\"CASE-7\"}")));
        CASES.stubFor(put("/records/7").willReturn(aResponse().withStatus(204)));
    }

    @Test
    void a503IsRetriedAndDeliveredOnce() {
        CASES.stubFor(post("/records").inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("up").willReturn(json(503, "{\"message\":\"maintenance\"}")));
        CASES.stubFor(post("/records").inScenario("outage").whenScenarioStateIs("up").willReturn(created()));
        String connector = connector();
        String id = OutboxSteps.newCase(api, "Flaky");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("503").contains("maintenance").contains("tries again");
        assertThat(OutboxSteps.awaitPushed(api, id).at("/external_service/external_title").asText())
                .isEqualTo("CASE-7");
        assertThat(creates()).hasSize(2);
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
    }

    @Test
    void a429IsRetriedNoSoonerThanItsRetryAfter() {
        CASES.stubFor(post("/records").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("free").willReturn(json(429, "{\"message\":\"slow down\"}")
                        .withHeader("Retry-After", "2")));
        CASES.stubFor(post("/records").inScenario("busy").whenScenarioStateIs("free").willReturn(created()));
        String connector = connector();
        String id = OutboxSteps.newCase(api, "Busy");

        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(424);

        JsonNode waiting = OutboxSteps.status(api, id, connector).at("/push/outbox/0");
        assertThat(waiting.get("state").asText()).isEqualTo("pending");
        assertThat(Duration.between(Instant.parse(waiting.get("lastAttemptAt").asText()),
                Instant.parse(waiting.get("nextAttemptAt").asText()))).isEqualTo(Duration.ofSeconds(2));
        OutboxSteps.awaitPushed(api, id);
        List<LoggedRequest> creates = creates();
        assertThat(creates).hasSize(2);
        assertThat(Duration.between(creates.get(0).getLoggedDate().toInstant(),
                creates.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aCreateThatTimesOutAfterTheSystemMadeTheRecordIsFoundByCaseIdNotDuplicated() {
        CASES.stubFor(post("/records").inScenario(LIFE).willSetStateTo(CREATED)
                .willReturn(created().withFixedDelay(2_500)));
        String connector = connector();
        String id = OutboxSteps.newCase(api, "Slow system");

        assertThat(OutboxSteps.push(api, id, connector).text("message")).contains("Cannot reach");

        assertThat(OutboxSteps.awaitPushed(api, id).at("/external_service/external_id").asText()).isEqualTo("7");
        assertThat(creates()).hasSize(1);
        CASES.verify(putRequestedFor(urlEqualTo("/records/7")));
        CASES.verify(2, getRequestedFor(urlPathEqualTo("/records")).withQueryParam("case", equalTo(id)));
    }

    @Test
    void aRefusalIsFinalAndVisible() {
        CASES.stubFor(post("/records").willReturn(json(400, "{\"message\":\"title too long\"}")));
        String connector = connector();
        String id = OutboxSteps.newCase(api, "Refused");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("title too long");
        JsonNode failed = OutboxSteps.status(api, id, connector).at("/push/outbox/0");
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("lastError").asText()).contains("title too long");
        assertThat(creates()).hasSize(1);
    }

    @Test
    void unauthorisedIsFinalAtOnce() {
        CASES.stubFor(get(urlPathEqualTo("/records")).willReturn(json(401, "{\"message\":\"bad credentials\"}")));
        String connector = connector();
        String id = OutboxSteps.newCase(api, "No auth");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("401").doesNotContain("tries again");
        assertThat(OutboxSteps.status(api, id, connector).at("/push/outbox/0/state").asText()).isEqualTo("failed");
        assertThat(creates()).isEmpty();
    }

    @Test
    void anOutageOutlastingTheRetriesEndsAsAFailure() {
        CASES.stubFor(post("/records").willReturn(aResponse().withStatus(504).withBody("Gateway Timeout")));
        String connector = connector();
        String id = OutboxSteps.newCase(api, "Outage");

        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(424);

        JsonNode failed = OutboxSteps.awaitFailed(api, id, connector);
        assertThat(failed.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(creates()).hasSize(MAX_ATTEMPTS);
    }

    private static String connector() {
        String base = CASES.baseUrl();
        Map<String, Object> config = new HashMap<>();
        config.put("createIncidentUrl", base + "/records");
        config.put("createIncidentJson", "{\"title\":{{{case.title}}},\"case\":{{{case.id}}}}");
        config.put("createIncidentResponseKey", "id");
        config.put("getIncidentUrl", base + "/records/{{{external.system.id}}}");
        config.put("getIncidentResponseExternalTitleKey", "number");
        config.put("viewIncidentUrl", base + "/view/{{{external.system.id}}}");
        config.put("updateIncidentUrl", base + "/records/{{{external.system.id}}}");
        config.put("updateIncidentJson", "{\"title\":{{{case.title}}}}");
        config.put("getIncidentByCaseIdUrl", base + "/records?case={{{case.id}}}");
        config.put("getIncidentByCaseIdResponseKey", "items.0.id");
        config.put("hasAuth", false);
        return OutboxSteps.connector(api, ConnectorBodies.create("Cases", ".cases-webhook", config, Map.of()));
    }

    private static ResponseDefinitionBuilder created() {
        return json(201, "{\"id\":\"7\"}");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static List<LoggedRequest> creates() {
        return CASES.findAll(postRequestedFor(urlEqualTo("/records")));
    }
}
