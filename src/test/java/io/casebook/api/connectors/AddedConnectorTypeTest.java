package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.testconnector.EchoType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a connector type touches no engine code: {@link EchoType}, a class under {@code src/test} named in the
 * test class path's {@code META-INF/services} file, is offered by the actions API, its options validate
 * connectors, and a case pushed to it reaches its service through the outbox (retried after a 503).
 */
class AddedConnectorTypeTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer ECHO = new WireMockServer(options().dynamicPort());
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        ECHO.start();
        engine = TestEngine.start(OutboxSteps.fastOutbox(DB.settings(), 3));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        ECHO.stop();
    }

    @Test
    void theTypeIsListedWithTheOthers() {
        Api.Result types = api.get("/api/actions/connector_types");

        assertThat(types.status()).as(types.raw()).isEqualTo(200);
        JsonNode echo = null;
        for (JsonNode type : types.body()) {
            if (EchoType.ID.equals(type.path("id").asText())) {
                echo = type;
            }
        }
        assertThat(echo).as(types.raw()).isNotNull();
        assertThat(echo.path("name").asText()).isEqualTo("Echo (test)");
        assertThat(echo.path("supported_feature_ids").toString()).isEqualTo("[\"cases\"]");
    }

    @Test
    void connectorsOfTheTypeAreValidatedByItsOptionsAndItsOwnRule() {
        Api.Result noUrl = api.post("/api/actions/connector", echo(Map.of(), Map.of("token", "t")));
        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.text("message")).isEqualTo("error validating action type config: [url]: expected value "
                + "of type [string] but got [undefined]");

        Api.Result unknown = api.post("/api/actions/connector", echo(Map.of("url", ECHO.baseUrl(), "colour", "red"),
                Map.of("token", "t")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("message")).contains("[colour]: definition for this key is missing");

        Api.Result noToken = api.post("/api/actions/connector", echo(Map.of("url", ECHO.baseUrl()), Map.of()));
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.text("message")).contains("secrets: [token]");

        Api.Result badPriority = api.post("/api/actions/connector", echo(Map.of("url", ECHO.baseUrl(),
                "priority", 9), Map.of("token", "t")));
        assertThat(badPriority.status()).isEqualTo(400);
        assertThat(badPriority.text("message")).isEqualTo("error validating action type connector: priority must "
                + "be between 1 and 5");

        Api.Result created = api.post("/api/actions/connector", echo(Map.of("url", ECHO.baseUrl()),
                Map.of("token", "t")));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.text("connector_type_id")).isEqualTo(EchoType.ID);
        assertThat(created.body().at("/config/priority").asInt()).isEqualTo(3); // the option's default
    }

    @Test
    void aCasePushedToItReachesItsServiceThroughTheOutbox() {
        ECHO.resetAll();
        ECHO.stubFor(post("/records").inScenario("echo").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503).withBody("warming up")));
        ECHO.stubFor(post("/records").inScenario("echo").whenScenarioStateIs("up")
                .willReturn(okJson("{\"id\":\"r-7\"}")));
        String connector = OutboxSteps.connector(api, echo(Map.of("url", ECHO.baseUrl(), "priority", 2),
                Map.of("token", "echo-token")));
        String id = OutboxSteps.newCase(api, "Echo me");

        Api.Result first = OutboxSteps.push(api, id, connector);

        assertThat(first.status()).as(first.raw()).isEqualTo(424);
        assertThat(first.text("message")).contains("warming up").contains("tries again");
        JsonNode pushed = OutboxSteps.awaitPushed(api, id);
        assertThat(pushed.at("/external_service/connector_id").asText()).isEqualTo(connector);
        assertThat(pushed.at("/external_service/external_id").asText()).isEqualTo("r-7");
        assertThat(pushed.at("/external_service/external_title").asText()).isEqualTo("ECHO-r-7");
        ECHO.verify(2, postRequestedFor(urlEqualTo("/records"))
                .withHeader("Authorization", equalTo("Bearer echo-token"))
                .withRequestBody(matchingJsonPath("$.caseId", equalTo(id)))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Echo me")))
                .withRequestBody(matchingJsonPath("$.priority", equalTo("2"))));
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
    }

    private static Map<String, Object> echo(Map<String, Object> config, Map<String, Object> secrets) {
        return ConnectorBodies.create("Echo", EchoType.ID, new HashMap<>(config), new HashMap<>(secrets));
    }
}
