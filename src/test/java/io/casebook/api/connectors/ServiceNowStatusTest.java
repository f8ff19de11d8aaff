package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.api.connectors.ServiceNowCases.jsonStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code caseStatusMapping} on ServiceNow connectors: the case's status as the record's {@code state}, with the
 * close code and notes ITSM's resolution data policy requires on a close; refused at creation when a key is
 * not a case status.
 */
class ServiceNowStatusTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer SNOW = new WireMockServer(options().dynamicPort());
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        SNOW.start();
        // These tests push by hand after closing: the push status following queues on its own waits an hour.
        Map<String, String> settings = OutboxSteps.oneAttempt(DB.settings());
        settings.put("casebook.connectors.push.coalesce-ms", "3600000");
        engine = TestEngine.start(settings);
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        SNOW.stop();
    }

    @BeforeEach
    void serviceNowAnswers() {
        SNOW.resetAll();
        for (String table : List.of("incident", "sn_si_incident")) {
            String path = "/api/now/v2/table/" + table;
            SNOW.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"result\":[]}")));
            SNOW.stubFor(post(path).willReturn(jsonStatus(201, "{\"result\":{\"sys_id\":\"a1b2c3\"}}")));
            SNOW.stubFor(patch(path + "/a1b2c3").willReturn(okJson("{\"result\":{\"sys_id\":\"a1b2c3\"}}")));
            SNOW.stubFor(get(path + "/a1b2c3").willReturn(okJson(
                    "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
        }
    }

    @Test
    void itsmSendsTheMappedStateAndOnACloseTheDefaultCloseCodeAndNotes() {
        String connector = connector(".servicenow", Map.of());
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Outage", Map.of());
        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);
        JsonNode create = body(postRequestedFor(urlEqualTo("/api/now/v2/table/incident")));
        assertThat(create.get("state").asText()).isEqualTo("1");
        assertThat(create.has("close_code")).isFalse();

        ServiceNowCases.close(api, id);
        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JsonNode update = body(patchRequestedFor(urlEqualTo("/api/now/v2/table/incident/a1b2c3")));
        assertThat(update.get("state").asText()).isEqualTo("7");
        assertThat(update.get("close_code").asText()).isEqualTo("Closed/Resolved by Caller");
        assertThat(update.get("close_notes").asText()).isEqualTo("Closed in Casebook");
    }

    @Test
    void itsmSendsTheConfiguredCloseCode() {
        String connector = connector(".servicenow", Map.of("closeCode", "Solution provided"));
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Resolved", Map.of());
        ServiceNowCases.close(api, id);

        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);

        JsonNode create = body(postRequestedFor(urlEqualTo("/api/now/v2/table/incident")));
        assertThat(create.get("state").asText()).isEqualTo("7");
        assertThat(create.get("close_code").asText()).isEqualTo("Solution provided");
        assertThat(create.get("close_notes").asText()).isEqualTo("Closed in Casebook");
    }

    @Test
    void secOpsSendsItsOwnStateWithoutACloseCode() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiUrl", SNOW.baseUrl());
        config.put("caseStatusMapping", Map.of("open", "10", "closed", "3"));
        String connector = ServiceNowCases.connector(api, ".servicenow-sir", config,
                Map.of("username", "admin", "password", "snow-pass"));
        String id = ServiceNowCases.newCase(api, connector, ".servicenow-sir", "Phishing", Map.of());
        ServiceNowCases.close(api, id);

        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);

        JsonNode create = body(postRequestedFor(urlEqualTo("/api/now/v2/table/sn_si_incident")));
        assertThat(create.get("state").asText()).isEqualTo("3");
        assertThat(create.has("close_code")).isFalse();
        assertThat(create.has("close_notes")).isFalse();
    }

    @Test
    void anUnmappedStatusLeavesTheStateAlone() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiUrl", SNOW.baseUrl());
        config.put("caseStatusMapping", Map.of("closed", "7"));
        String connector = ServiceNowCases.connector(api, ".servicenow", config,
                Map.of("username", "admin", "password", "snow-pass"));
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Still open", Map.of());

        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);

        JsonNode create = body(postRequestedFor(urlEqualTo("/api/now/v2/table/incident")));
        assertThat(create.has("state")).isFalse();
        assertThat(create.has("close_code")).isFalse();
    }

    @Test
    void aMappingKeyThatIsNotACaseStatusIsRefusedAtCreation() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiUrl", SNOW.baseUrl());
        config.put("caseStatusMapping", Map.of("resolved", "6"));

        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("SNOW", ".servicenow", config,
                Map.of("username", "admin", "password", "snow-pass")));

        assertThat(created.status()).as(created.raw()).isEqualTo(400);
        assertThat(created.text("message")).contains("[caseStatusMapping.resolved]")
                .contains("open, in-progress, closed");
    }

    @Test
    void secOpsHasNoCloseCodeOption() {
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("SNOW", ".servicenow-sir",
                Map.of("apiUrl", SNOW.baseUrl(), "closeCode", "Solution provided"),
                Map.of("username", "admin", "password", "snow-pass")));

        assertThat(created.status()).as(created.raw()).isEqualTo(400);
        assertThat(created.text("message")).contains("[closeCode]: definition for this key is missing");
    }

    private static String connector(String type, Map<String, Object> extra) {
        Map<String, Object> config = new LinkedHashMap<>(extra);
        config.put("apiUrl", SNOW.baseUrl());
        config.put("caseStatusMapping", Map.of("open", "1", "in-progress", "2", "closed", "7"));
        return ServiceNowCases.connector(api, type, config, Map.of("username", "admin", "password", "snow-pass"));
    }

    /** The body of the last such request (a later automatic push would come after the one under test). */
    private static JsonNode body(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        var found = SNOW.findAll(pattern);
        assertThat(found).isNotEmpty();
        return Api.json(found.get(found.size() - 1).getBodyAsString());
    }
}
