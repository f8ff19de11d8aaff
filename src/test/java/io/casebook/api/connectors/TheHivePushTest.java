package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.support.AttachmentFixtures.alerts;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's push to TheHive through the real engine and real HTTP, against WireMock stubs shaped as TheHive's
 * documented v1 answers: create, update, comments since the last push, idempotent create, errors as 424.
 */
class TheHivePushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer HIVE = new WireMockServer(options().dynamicPort());
    private static final String CASE_JSON = "{\"_id\":\"~4264\",\"_type\":\"Case\",\"number\":7,\"title\":\"t\","
            + "\"severity\":3,\"tlp\":2,\"status\":\"New\"}";
    /** TheHive 5 ids start with "~", which camel-http sends percent-encoded; both forms mean the same path. */
    private static final String CASE_PATH = "/api/v1/case/(~|%7E)4264";
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        HIVE.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
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
        HIVE.stubFor(post("/api/v1/case").willReturn(jsonStatus(201, CASE_JSON)));
        HIVE.stubFor(get(urlPathMatching(CASE_PATH)).willReturn(okJson(CASE_JSON)));
        HIVE.stubFor(patch(urlPathMatching(CASE_PATH)).willReturn(aResponse().withStatus(204)));
        HIVE.stubFor(post(urlPathMatching("/api/v1/case/[^/]+/comment")).willReturn(jsonStatus(201,
                "{\"_id\":\"~8\",\"_type\":\"Comment\",\"message\":\"m\"}")));
    }

    @Test
    void firstPushCreatesTheCaseWithTagsSeverityTlpAndSendsCommentsWithBearerAndOrganisation() {
        String connector = hiveConnector("SOC");
        String id = newCase("Phishing wave", "high", List.of("phishing", "mail"), connector, 3).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("Looking at it"));
        api.post("/api/cases/" + id + "/comments", alerts("a-1", "idx"));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JsonNode service = pushed.body().get("external_service");
        assertThat(service.get("external_id").asText()).isEqualTo("~4264");
        assertThat(service.get("external_title").asText()).isEqualTo("#7");
        assertThat(service.get("external_url").asText()).isEqualTo(HIVE.baseUrl() + "/cases/~4264/details");
        JsonNode query = Api.json(single("POST", urlPathEqualTo("/api/v1/query")).getBodyAsString()).get("query");
        assertThat(query.get(0).get("_name").asText()).isEqualTo("listCase");
        assertThat(query.get(1).get("_name").asText()).isEqualTo("filter");
        assertThat(query.get(1).at("/_eq/_field").asText()).isEqualTo("tags");
        assertThat(query.get(1).at("/_eq/_value").asText()).isEqualTo("casebook:" + id);
        JsonNode created = Api.json(single("POST", urlPathEqualTo("/api/v1/case")).getBodyAsString());
        assertThat(created.get("title").asText()).isEqualTo("Phishing wave");
        assertThat(created.get("description").asText()).isEqualTo("A case description.\n\nAdded by elastic.");
        assertThat(texts(created.get("tags"))).containsExactly("phishing", "mail", "casebook:" + id);
        assertThat(created.get("severity").asInt()).isEqualTo(3);
        assertThat(created.get("tlp").asInt()).isEqualTo(3);
        HIVE.verify(postRequestedFor(urlEqualTo("/api/v1/case"))
                .withHeader("Authorization", equalTo("Bearer hive-key"))
                .withHeader("X-Organisation", equalTo("SOC")));
        assertThat(commentMessages()).containsExactly("Looking at it\n\nAdded by elastic.",
                "Elastic Alerts attached to the case: 1");
        assertThat(api.get("/api/cases/" + id).body().at("/external_service/external_title").asText())
                .isEqualTo("#7");
    }

    @Test
    void laterPushesPatchAndSendOnlyTheNewCommentsWithoutAnOrganisationWhenNoneIsConfigured() {
        String connector = hiveConnector(null);
        String id = newCase("Latency", "critical", List.of(), null, null).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("First"));
        assertThat(push(id, connector).status()).isEqualTo(200);
        JsonNode created = Api.json(single("POST", urlPathEqualTo("/api/v1/case")).getBodyAsString());
        assertThat(created.has("tlp")).as("TheHive keeps its own default TLP").isFalse();
        assertThat(created.get("severity").asInt()).isEqualTo(4);
        HIVE.verify(0, anyRequestedFor(anyUrl()).withHeader("X-Organisation", matching(".*")));
        HIVE.resetRequests();

        api.post("/api/cases/" + id + "/comments", userComment("Second"));
        Api.Result second = push(id, connector);

        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        HIVE.verify(0, postRequestedFor(urlEqualTo("/api/v1/case")));
        HIVE.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/query")));
        JsonNode patched = Api.json(single("PATCH", urlPathMatching(CASE_PATH)).getBodyAsString());
        assertThat(patched.get("title").asText()).isEqualTo("Latency");
        assertThat(texts(patched.get("tags"))).containsExactly("casebook:" + id);
        assertThat(commentMessages()).containsExactly("Second\n\nAdded by elastic.");
    }

    @Test
    void aCreateReusesAndUpdatesTheCaseAlreadyTaggedWithTheCaseAndFallsBackToItsTitle() {
        String connector = hiveConnector("SOC");
        String id = newCase("Retried", "low", List.of(), null, null).get("id").asText();
        HIVE.stubFor(post(urlPathEqualTo("/api/v1/query"))
                .withRequestBody(matchingJsonPath("$.query[1]._eq[?(@._value == 'casebook:" + id + "')]"))
                .willReturn(okJson("[{\"_id\":\"~77\",\"_type\":\"Case\",\"title\":\"Retried\"}]")));
        HIVE.stubFor(get(urlPathMatching("/api/v1/case/(~|%7E)77")).willReturn(okJson("{\"_id\":\"~77\",\"title\":\"Retried\"}")));
        HIVE.stubFor(patch(urlPathMatching("/api/v1/case/(~|%7E)77")).willReturn(aResponse().withStatus(204)));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        HIVE.verify(0, postRequestedFor(urlEqualTo("/api/v1/case")));
        JsonNode updated = Api.json(single("PATCH", urlPathMatching("/api/v1/case/(~|%7E)77")).getBodyAsString());
        assertThat(updated.get("title").asText()).isEqualTo("Retried");
        assertThat(texts(updated.get("tags"))).containsExactly("casebook:" + id);
        assertThat(pushed.body().at("/external_service/external_id").asText()).isEqualTo("~77");
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("Retried");
    }

    @Test
    void aVendor400IsA424WithTheHivesMessageAndChangesNothing() {
        HIVE.stubFor(post("/api/v1/case").willReturn(jsonStatus(400,
                "{\"type\":\"BadRequest\",\"message\":\"Invalid value for tlp: 9\"}")));
        String connector = hiveConnector("SOC");
        String id = newCase("Refused", "medium", List.of(), connector, 9).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("Never sent"));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("BadRequest: Invalid value for tlp: 9").contains("400");
        HIVE.verify(0, postRequestedFor(urlPathMatching("/api/v1/case/.*/comment")));
        assertUnchanged(id);
    }

    @Test
    void unauthorisedIsA424AndChangesNothing() {
        HIVE.stubFor(post(urlPathEqualTo("/api/v1/query")).willReturn(jsonStatus(401,
                "{\"type\":\"AuthenticationError\",\"message\":\"Authentication failure\"}")));
        String connector = hiveConnector("SOC");
        String id = newCase("No auth", "low", List.of(), null, null).get("id").asText();

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("AuthenticationError: Authentication failure").contains("401");
        HIVE.verify(0, postRequestedFor(urlEqualTo("/api/v1/case")));
        assertUnchanged(id);
    }

    private static ResponseDefinitionBuilder jsonStatus(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String hiveConnector(String organisation) {
        Map<String, Object> config = new HashMap<>(Map.of("url", HIVE.baseUrl()));
        if (organisation != null) {
            config.put("organisation", organisation);
        }
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("TheHive", ".thehive",
                config, Map.of("apiKey", "hive-key")));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    /** A case on the given TheHive connector with its {@code tlp} field, or on none when {@code connector} is null. */
    private static JsonNode newCase(String title, String severity, List<String> tags, String connector, Integer tlp) {
        Map<String, Object> body = CaseFixtures.newCase(title);
        body.put("tags", tags);
        body.put("severity", severity);
        if (connector != null) {
            body.put("connector", Map.of("id", connector, "name", "TheHive", "type", ".thehive",
                    "fields", Map.of("tlp", tlp)));
        }
        Api.Result created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }

    private static Api.Result push(String caseId, String connectorId) {
        return api.post("/api/cases/" + caseId + "/connector/" + connectorId + "/_push", Map.of());
    }

    private static void assertUnchanged(String id) {
        JsonNode after = api.get("/api/cases/" + id).body();
        assertThat(after.get("external_service").isNull()).as(after.toString()).isTrue();
        api.get("/api/cases/" + id + "/comments").body()
                .forEach(c -> assertThat(c.get("pushed_at").isNull()).isTrue());
        JsonNode actions = api.get("/api/cases/" + id + "/user_actions/_find?perPage=100").body();
        assertThat(actions.get("userActions").findValues("type").stream().map(JsonNode::asText))
                .doesNotContain("pushed");
    }

    private static LoggedRequest single(String method, com.github.tomakehurst.wiremock.matching.UrlPattern url) {
        List<LoggedRequest> found = HIVE.findAll(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
                com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method), url));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> commentMessages() {
        return HIVE.findAll(postRequestedFor(urlPathMatching("/api/v1/case/[^/]+/comment"))).stream()
                .map(r -> Api.json(r.getBodyAsString()).get("message").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
