package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ServiceNow, TheHive and webhook sub-actions of the run-connector API through the real engine, against
 * WireMock stubs shaped as each vendor's documented API (ServiceNow Table API, TheHive v1).
 */
class ExecuteSubActionsTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer VENDOR = new WireMockServer(options().dynamicPort());
    private static final String INCIDENTS = "/api/now/v2/table/incident";
    private static final String HIVE_CASE = "{\"_id\":\"~4264\",\"_type\":\"Case\",\"number\":7,\"title\":\"t\","
            + "\"severity\":3,\"tlp\":2,\"status\":\"New\"}";
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        VENDOR.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        VENDOR.stop();
    }

    @BeforeEach
    void reset() {
        VENDOR.resetAll();
    }

    @Test
    void serviceNowGetChoicesAsksSysChoiceForTheTypesTableAndTheFields() {
        VENDOR.stubFor(get(urlPathEqualTo("/api/now/table/sys_choice")).willReturn(okJson("{\"result\":["
                + "{\"label\":\"1 - High\",\"value\":\"1\",\"dependent_value\":\"\",\"element\":\"urgency\"},"
                + "{\"label\":\"2 - Medium\",\"value\":\"2\",\"dependent_value\":\"\",\"element\":\"impact\"}]}")));
        String connector = serviceNow(".servicenow");

        Api.Result run = execute(connector, "getChoices", Map.of("fields", List.of("urgency", "impact")));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.text("status")).isEqualTo("ok");
        assertThat(run.body().get("data")).hasSize(2);
        assertThat(run.body().at("/data/0/label").asText()).isEqualTo("1 - High");
        VENDOR.verify(getRequestedFor(urlPathEqualTo("/api/now/table/sys_choice"))
                .withQueryParam("sysparm_query", equalTo("name=task^ORname=incident^element=urgency^ORelement=impact"
                        + "^language=en"))
                .withQueryParam("sysparm_fields", equalTo("label,value,dependent_value,element"))
                .withHeader("Authorization", equalTo("Basic YWRtaW46c2VjcmV0LXB3")));
    }

    @Test
    void serviceNowGetChoicesWithoutFieldsIsAParamsError() {
        String connector = serviceNow(".servicenow-sir");

        Api.Result run = execute(connector, "getChoices", Map.of("fields", List.of()));

        assertThat(run.text("status")).isEqualTo("error");
        assertThat(run.text("message")).startsWith("error validating action params: [subActionParams.fields]");
        VENDOR.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void serviceNowGetIncidentAnswersTheRecord() {
        VENDOR.stubFor(get(INCIDENTS + "/a1b2c3").willReturn(okJson(
                "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\",\"short_description\":\"Disk\"}}")));
        String connector = serviceNow(".servicenow");

        Api.Result run = execute(connector, "getIncident", Map.of("externalId", "a1b2c3"));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().at("/data/number").asText()).isEqualTo("INC0010001");
        assertThat(run.body().at("/data/short_description").asText()).isEqualTo("Disk");
    }

    @Test
    void serviceNowPushToServiceTakesTheCorrelationIdAsTheCaseAndTheIncidentFields() {
        VENDOR.stubFor(get(urlPathEqualTo(INCIDENTS)).willReturn(okJson("{\"result\":[]}")));
        VENDOR.stubFor(post(INCIDENTS).willReturn(jsonStatus(201,
                "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
        VENDOR.stubFor(patch(INCIDENTS + "/a1b2c3").willReturn(okJson("{\"result\":{\"sys_id\":\"a1b2c3\"}}")));
        VENDOR.stubFor(get(INCIDENTS + "/a1b2c3").willReturn(okJson(
                "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
        String connector = serviceNow(".servicenow");
        Map<String, Object> incident = new HashMap<>();
        incident.put("short_description", "Disk full");
        incident.put("description", "Test push");
        incident.put("urgency", "1");
        incident.put("correlation_id", "rule-1:alert-1");
        incident.put("externalId", null);

        Api.Result run = execute(connector, "pushToService", Map.of("incident", incident,
                "comments", List.of(Map.of("commentId", "c-1", "comment", "A note"))));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().at("/data/title").asText()).isEqualTo("INC0010001");
        assertThat(run.body().at("/data/url").asText())
                .isEqualTo(VENDOR.baseUrl() + "/nav_to.do?uri=incident.do?sys_id=a1b2c3");
        assertThat(run.body().at("/data/comments/0/commentId").asText()).isEqualTo("c-1");
        VENDOR.verify(getRequestedFor(urlPathEqualTo(INCIDENTS))
                .withQueryParam("sysparm_query", equalTo("correlation_id=rule-1:alert-1")));
        JsonNode created = Api.json(VENDOR.findAll(postRequestedFor(urlEqualTo(INCIDENTS))).get(0).getBodyAsString());
        assertThat(created.get("short_description").asText()).isEqualTo("Disk full");
        assertThat(created.get("urgency").asText()).isEqualTo("1");
        assertThat(created.get("correlation_id").asText()).isEqualTo("rule-1:alert-1");
        VENDOR.verify(patchRequestedFor(urlEqualTo(INCIDENTS + "/a1b2c3"))
                .withRequestBody(equalToJson("{\"work_notes\":\"A note\"}")));
    }

    @Test
    void theHivePushToServiceSendsKibanasSeverityNumbersAndTlp() {
        VENDOR.stubFor(post(urlPathEqualTo("/api/v1/query")).willReturn(okJson("[]")));
        VENDOR.stubFor(post("/api/v1/case").willReturn(jsonStatus(201, HIVE_CASE)));
        VENDOR.stubFor(get(urlPathMatching("/api/v1/case/(~|%7E)4264")).willReturn(okJson(HIVE_CASE)));
        String connector = theHive();

        Api.Result run = execute(connector, "pushToService", Map.of("incident", Map.of("title", "Phishing",
                "description", "Test push", "severity", 4, "tlp", 3, "tags", List.of("mail"))));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().at("/data/id").asText()).isEqualTo("~4264");
        assertThat(run.body().at("/data/title").asText()).isEqualTo("#7");
        JsonNode created = Api.json(VENDOR.findAll(postRequestedFor(urlEqualTo("/api/v1/case"))).get(0)
                .getBodyAsString());
        assertThat(created.get("severity").asInt()).isEqualTo(4);
        assertThat(created.get("tlp").asInt()).isEqualTo(3);
        assertThat(created.at("/tags/0").asText()).isEqualTo("mail");
    }

    @Test
    void theHiveGetIncidentAnswersTheCase() {
        VENDOR.stubFor(get(urlPathMatching("/api/v1/case/(~|%7E)4264")).willReturn(okJson(HIVE_CASE)));
        String connector = theHive();

        Api.Result run = execute(connector, "getIncident", Map.of("externalId", "~4264"));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().at("/data/number").asInt()).isEqualTo(7);
        VENDOR.verify(getRequestedFor(urlPathMatching("/api/v1/case/(~|%7E)4264"))
                .withHeader("Authorization", equalTo("Bearer hive-key")));
    }

    @Test
    void webhookGetIncidentReadsTheTitleAtItsKey() {
        VENDOR.stubFor(get("/issue/OPS%207").willReturn(okJson("{\"fields\":{\"summary\":\"Ticket 7\"}}")));
        String connector = webhook();

        Api.Result run = execute(connector, "getIncident", Map.of("externalId", "OPS 7"));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().get("data").toString()).isEqualTo("{\"id\":\"OPS 7\",\"title\":\"Ticket 7\"}");
    }

    @Test
    void webhookPushToServiceRendersTheIncidentAndKeysTheCreateByItsCaseId() {
        VENDOR.stubFor(post("/issue").willReturn(jsonStatus(201, "{\"key\":\"OPS-7\"}")));
        VENDOR.stubFor(get("/issue/OPS-7").willReturn(okJson("{\"fields\":{\"summary\":\"Ticket 7\"}}")));
        String connector = webhook();

        Api.Result run = execute(connector, "pushToService", Map.of("incident", Map.of("title", "Disk full",
                "id", "case-9", "severity", "high", "tags", List.of("db"))));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().at("/data/id").asText()).isEqualTo("OPS-7");
        assertThat(run.body().at("/data/title").asText()).isEqualTo("Ticket 7");
        assertThat(run.body().at("/data/url").asText()).isEqualTo(VENDOR.baseUrl() + "/browse/OPS-7");
        VENDOR.verify(postRequestedFor(urlEqualTo("/issue"))
                .withHeader("Idempotency-Key", equalTo("casebook-case-9"))
                .withRequestBody(equalToJson("{\"summary\":\"Disk full\",\"ref\":\"case-9\",\"severity\":\"high\","
                        + "\"labels\":[\"db\"]}")));
    }

    private static String serviceNow(String type) {
        return created(ConnectorBodies.create("SNOW", type, Map.of("apiUrl", VENDOR.baseUrl()),
                Map.of("username", "admin", "password", "secret-pw")));
    }

    private static String theHive() {
        return created(ConnectorBodies.create("Hive", ".thehive", Map.of("url", VENDOR.baseUrl()),
                Map.of("apiKey", "hive-key")));
    }

    private static String webhook() {
        String base = VENDOR.baseUrl();
        Map<String, Object> config = new HashMap<>();
        config.put("createIncidentUrl", base + "/issue");
        config.put("createIncidentJson", "{\"summary\":{{{case.title}}},\"ref\":{{{case.id}}},"
                + "\"severity\":{{{case.severity}}},\"labels\":{{{case.tags}}}}");
        config.put("createIncidentResponseKey", "key");
        config.put("getIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("getIncidentResponseExternalTitleKey", "fields.summary");
        config.put("viewIncidentUrl", base + "/browse/{{{external.system.id}}}");
        config.put("updateIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("updateIncidentJson", "{\"summary\":{{{case.title}}}}");
        config.put("hasAuth", false);
        return created(ConnectorBodies.create("Tickets", ".cases-webhook", config, Map.of()));
    }

    private static String created(Map<String, Object> body) {
        Api.Result created = api.post("/api/actions/connector", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static Api.Result execute(String connector, String subAction, Map<String, Object> params) {
        return api.post("/api/actions/connector/" + connector + "/_execute",
                Map.of("params", Map.of("subAction", subAction, "subActionParams", params)));
    }

    private static ResponseDefinitionBuilder jsonStatus(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
