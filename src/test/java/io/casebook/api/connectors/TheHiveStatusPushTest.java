package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A TheHive instance with a {@code caseStatusMapping} sets TheHive 5's case {@code status} on create and PATCH;
 * a close also sends the {@code summary} and {@code impactStatus} TheHive's close takes (thehive4py
 * {@code case.close}: status, impactStatus NotApplicable, summary).
 */
class TheHiveStatusPushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer HIVE = new WireMockServer(options().dynamicPort());
    private static final String CASE_JSON = "{\"_id\":\"~4264\",\"_type\":\"Case\",\"number\":7,\"title\":\"t\","
            + "\"severity\":2,\"tlp\":2,\"status\":\"New\",\"stage\":\"New\"}";
    /** TheHive 5 ids start with "~", which camel-http sends percent-encoded; both forms mean the same path. */
    private static final String CASE_PATH = "/api/v1/case/(~|%7E)4264";
    private static final Map<String, Object> MAPPING = Map.of("open", "New", "in-progress", "InProgress",
            "closed", "TruePositive");
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        HIVE.start();
        // These tests push by hand after closing: the push status following queues on its own waits an hour.
        Map<String, String> settings = OutboxSteps.oneAttempt(DB.settings());
        settings.put("casebook.connectors.push.coalesce-ms", "3600000");
        engine = TestEngine.start(settings);
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        HIVE.stop();
    }

    @BeforeEach
    void hiveAnswers() {
        HIVE.resetAll();
        HIVE.stubFor(post(urlPathEqualTo("/api/v1/query")).willReturn(okJson("[]")));
        HIVE.stubFor(post("/api/v1/case").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CASE_JSON)));
        HIVE.stubFor(get(urlPathMatching(CASE_PATH)).willReturn(okJson(CASE_JSON)));
        HIVE.stubFor(patch(urlPathMatching(CASE_PATH)).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void theMappedStatusIsSentOnCreateAndAClosePatchCarriesTheSummaryAndImpactStatusAReopenDoesNot() {
        String connector = hiveConnector(MAPPING);
        JsonNode theCase = newCase("Phishing wave");
        assertThat(push(theCase, connector).status()).isEqualTo(200);
        JsonNode created = Api.json(single("POST", urlPathEqualTo("/api/v1/case")).getBodyAsString());
        assertThat(created.get("status").asText()).isEqualTo("New");
        assertThat(created.has("summary")).isFalse();
        assertThat(created.has("impactStatus")).isFalse();

        assertThat(push(setStatus(theCase, "closed"), connector).status()).isEqualTo(200);

        JsonNode closed = Api.json(single("PATCH", urlPathMatching(CASE_PATH)).getBodyAsString());
        assertThat(closed.get("status").asText()).isEqualTo("TruePositive");
        assertThat(closed.get("summary").asText()).isEqualTo("Closed in Casebook.");
        assertThat(closed.get("impactStatus").asText()).isEqualTo("NotApplicable");
        assertThat(closed.get("title").asText()).isEqualTo("Phishing wave");
        HIVE.resetRequests();

        assertThat(push(setStatus(theCase, "in-progress"), connector).status()).isEqualTo(200);

        JsonNode reopened = Api.json(single("PATCH", urlPathMatching(CASE_PATH)).getBodyAsString());
        assertThat(reopened.get("status").asText()).isEqualTo("InProgress");
        assertThat(reopened.has("summary")).isFalse();
        assertThat(reopened.has("impactStatus")).isFalse();
    }

    @Test
    void anUnmappedStatusOrNoMappingLeavesTheHivesStatusAlone() {
        String partial = hiveConnector(Map.of("closed", "FalsePositive"));
        JsonNode theCase = newCase("Only closes");
        assertThat(push(theCase, partial).status()).isEqualTo(200);
        assertThat(Api.json(single("POST", urlPathEqualTo("/api/v1/case")).getBodyAsString()).has("status"))
                .isFalse();
        HIVE.resetRequests();

        String plain = hiveConnector(null);
        JsonNode other = setStatus(newCase("No mapping"), "closed");
        assertThat(push(other, plain).status()).isEqualTo(200);

        JsonNode created = Api.json(single("POST", urlPathEqualTo("/api/v1/case")).getBodyAsString());
        assertThat(created.has("status")).isFalse();
        assertThat(created.has("summary")).isFalse();
        assertThat(created.has("impactStatus")).isFalse();
    }

    @Test
    void aMappingWithAKeyThatIsNotACaseStatusIsRefusedAtCreation() {
        Api.Result refused = api.post("/api/actions/connector", ConnectorBodies.create("TheHive", ".thehive",
                config(Map.of("acknowledged", "InProgress")), Map.of("apiKey", "hive-key")));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("error validating action type connector: "
                + "[caseStatusMapping.acknowledged]: expected one of [open, in-progress, closed] as a key");
    }

    private static Map<String, Object> config(Map<String, Object> mapping) {
        Map<String, Object> config = new LinkedHashMap<>(Map.of("url", HIVE.baseUrl()));
        if (mapping != null) {
            config.put("caseStatusMapping", mapping);
        }
        return config;
    }

    private static String hiveConnector(Map<String, Object> mapping) {
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("TheHive", ".thehive",
                config(mapping), Map.of("apiKey", "hive-key")));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static JsonNode newCase(String title) {
        Api.Result created = api.post("/api/cases", CaseFixtures.newCase(title));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }

    private static JsonNode setStatus(JsonNode theCase, String status) {
        JsonNode current = api.get("/api/cases/" + theCase.get("id").asText()).body();
        Api.Result patched = api.patch("/api/cases", CaseFixtures.patchBody(CaseFixtures.change(current,
                "status", status)));
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        return patched.body().get(0);
    }

    private static Api.Result push(JsonNode theCase, String connectorId) {
        return api.post("/api/cases/" + theCase.get("id").asText() + "/connector/" + connectorId + "/_push",
                Map.of());
    }

    private static LoggedRequest single(String method, com.github.tomakehurst.wiremock.matching.UrlPattern url) {
        List<LoggedRequest> found = HIVE.findAll(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
                com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method), url));
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
