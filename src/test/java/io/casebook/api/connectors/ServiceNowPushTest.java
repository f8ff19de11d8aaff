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
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's push to ServiceNow ITSM and SecOps through the real engine and real HTTP, against WireMock stubs
 * shaped as ServiceNow's documented Table API answers ({@code {"result": ...}}, {@code {"error": ...}}).
 */
class ServiceNowPushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer SNOW = new WireMockServer(options().dynamicPort());
    private static final String INCIDENTS = "/api/now/v2/table/incident";
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        SNOW.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
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
            SNOW.stubFor(post(path).willReturn(jsonStatus(201,
                    "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\",\"state\":\"1\"}}")));
            SNOW.stubFor(patch(urlPathMatching(path + "/\\w+")).willReturn(okJson(
                    "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
            SNOW.stubFor(get(path + "/a1b2c3").willReturn(okJson(
                    "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
        }
    }

    @Test
    void firstPushLooksUpThenCreatesTheIncidentWithCaseFieldsCorrelationAndBasicAuthThenAddsWorkNotes() {
        String connector = connector(".servicenow");
        Map<String, Object> fields = new HashMap<>(Map.of("urgency", "2", "severity", "1", "impact", "3",
                "category", "software", "additionalFields", "{\"assignment_group\":\"ops\"}"));
        fields.put("subcategory", null);
        String id = newCase(connector, ".servicenow", "Disk full", fields);
        api.post("/api/cases/" + id + "/comments", userComment("Looking at it"));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JsonNode service = pushed.body().get("external_service");
        assertThat(service.get("external_id").asText()).isEqualTo("a1b2c3");
        assertThat(service.get("external_title").asText()).isEqualTo("INC0010001");
        assertThat(service.get("external_url").asText())
                .isEqualTo(SNOW.baseUrl() + "/nav_to.do?uri=incident.do?sys_id=a1b2c3");
        SNOW.verify(getRequestedFor(urlPathEqualTo(INCIDENTS))
                .withQueryParam("sysparm_query", equalTo("correlation_id=" + id))
                .withQueryParam("sysparm_limit", equalTo("1")));
        LoggedRequest create = single("POST", INCIDENTS);
        assertThat(create.getHeader("Authorization")).isEqualTo("Basic YWRtaW46c25vdy1wYXNz");
        JsonNode body = Api.json(create.getBodyAsString());
        assertThat(body.get("short_description").asText()).isEqualTo("Disk full");
        assertThat(body.get("description").asText()).isEqualTo("A case description.\n\nAdded by elastic.");
        assertThat(body.get("urgency").asText()).isEqualTo("2");
        assertThat(body.get("severity").asText()).isEqualTo("1");
        assertThat(body.get("impact").asText()).isEqualTo("3");
        assertThat(body.get("category").asText()).isEqualTo("software");
        assertThat(body.has("subcategory")).isFalse();
        assertThat(body.get("assignment_group").asText()).isEqualTo("ops");
        assertThat(body.get("correlation_id").asText()).isEqualTo(id);
        assertThat(body.get("correlation_display").asText()).isEqualTo("Elastic Case");
        assertThat(body.get("caller_id").asText()).isEqualTo("admin");
        assertThat(body.get("opened_by").asText()).isEqualTo("admin");
        assertThat(workNotes()).containsExactly("Looking at it\n\nAdded by elastic.");
    }

    @Test
    void laterPushesPatchTheIncidentAndAddOnlyNewCommentsAsWorkNotes() {
        String connector = connector(".servicenow");
        String id = newCase(connector, ".servicenow", "Latency", Map.of("urgency", "1"));
        api.post("/api/cases/" + id + "/comments", userComment("First"));
        assertThat(push(id, connector).status()).isEqualTo(200);
        SNOW.resetRequests();

        api.post("/api/cases/" + id + "/comments", userComment("Second"));
        Api.Result second = push(id, connector);

        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        SNOW.verify(0, postRequestedFor(urlEqualTo(INCIDENTS)));
        SNOW.verify(0, getRequestedFor(urlPathEqualTo(INCIDENTS)));
        List<JsonNode> patches = patchBodies();
        assertThat(patches).hasSize(2);
        assertThat(patches.get(0).get("short_description").asText()).isEqualTo("Latency");
        assertThat(patches.get(0).get("urgency").asText()).isEqualTo("1");
        assertThat(patches.get(0).has("caller_id")).isFalse();
        assertThat(workNotes()).containsExactly("Second\n\nAdded by elastic.");
    }

    @Test
    void aCreateReusesTheIncidentAlreadyCorrelatedWithTheCase() {
        String connector = connector(".servicenow");
        String id = newCase(connector, ".servicenow", "Retried", Map.of());
        SNOW.stubFor(get(urlPathEqualTo(INCIDENTS)).withQueryParam("sysparm_query", equalTo("correlation_id=" + id))
                .willReturn(okJson("{\"result\":[{\"sys_id\":\"f00d77\",\"number\":\"INC0000077\"}]}")));
        SNOW.stubFor(get(INCIDENTS + "/f00d77").willReturn(okJson(
                "{\"result\":{\"sys_id\":\"f00d77\",\"number\":\"INC0000077\"}}")));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        SNOW.verify(0, postRequestedFor(urlEqualTo(INCIDENTS)));
        SNOW.verify(patchRequestedFor(urlEqualTo(INCIDENTS + "/f00d77")));
        assertThat(pushed.body().at("/external_service/external_id").asText()).isEqualTo("f00d77");
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("INC0000077");
    }

    @Test
    void aVendor400IsA424WithServiceNowsMessageAndChangesNothing() {
        SNOW.stubFor(post(INCIDENTS).willReturn(jsonStatus(400, "{\"error\":{\"message\":\"Invalid field\","
                + "\"detail\":\"urgency: value 9 is not a choice\"},\"status\":\"failure\"}")));
        String connector = connector(".servicenow");
        String id = newCase(connector, ".servicenow", "Refused", Map.of("urgency", "9"));
        api.post("/api/cases/" + id + "/comments", userComment("Never sent"));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Invalid field: urgency: value 9 is not a choice")
                .contains("400");
        assertThat(workNotes()).isEmpty();
        assertUnchanged(id);
    }

    @Test
    void unauthorisedIsA424AndCreatesNothing() {
        SNOW.stubFor(get(urlPathEqualTo(INCIDENTS)).willReturn(jsonStatus(401, "{\"error\":{\"message\":"
                + "\"User Not Authenticated\",\"detail\":\"Required to provide Auth information\"},\"status\":\"failure\"}")));
        String connector = connector(".servicenow");
        String id = newCase(connector, ".servicenow", "No auth", Map.of());

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("User Not Authenticated").contains("401");
        SNOW.verify(0, postRequestedFor(urlEqualTo(INCIDENTS)));
        assertUnchanged(id);
    }

    @Test
    void secOpsPushesToTheSecurityIncidentTableWithItsFields() {
        String connector = connector(".servicenow-sir");
        String id = newCase(connector, ".servicenow-sir", "Malware", Map.of("category", "malware",
                "subcategory", "ransomware", "priority", "1", "destIp", false, "sourceIp", false,
                "malwareHash", false, "malwareUrl", false));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.body().at("/external_service/external_url").asText())
                .isEqualTo(SNOW.baseUrl() + "/nav_to.do?uri=sn_si_incident.do?sys_id=a1b2c3");
        JsonNode body = Api.json(single("POST", "/api/now/v2/table/sn_si_incident").getBodyAsString());
        assertThat(body.get("category").asText()).isEqualTo("malware");
        assertThat(body.get("subcategory").asText()).isEqualTo("ransomware");
        assertThat(body.get("priority").asText()).isEqualTo("1");
        assertThat(body.get("correlation_id").asText()).isEqualTo(id);
        assertThat(body.has("destIp")).isFalse();
        SNOW.verify(0, postRequestedFor(urlEqualTo(INCIDENTS)));
    }

    private static ResponseDefinitionBuilder jsonStatus(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String connector(String type) {
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("ServiceNow", type,
                Map.of("apiUrl", SNOW.baseUrl(), "usesTableApi", true),
                Map.of("username", "admin", "password", "snow-pass")));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static String newCase(String connectorId, String type, String title, Map<String, Object> fields) {
        Map<String, Object> body = CaseFixtures.newCase(title);
        body.put("connector", Map.of("id", connectorId, "name", "ServiceNow", "type", type, "fields", fields));
        Api.Result created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body().get("id").asText();
    }

    private static Api.Result push(String caseId, String connectorId) {
        return api.post("/api/cases/" + caseId + "/connector/" + connectorId + "/_push", Map.of());
    }

    private static void assertUnchanged(String id) {
        JsonNode after = api.get("/api/cases/" + id).body();
        assertThat(after.get("external_service").isNull()).as(after.toString()).isTrue();
        api.get("/api/cases/" + id + "/user_actions/_find?perPage=100").body().get("userActions")
                .forEach(a -> assertThat(a.get("type").asText()).isNotEqualTo("pushed"));
        api.get("/api/cases/" + id + "/comments").body()
                .forEach(c -> assertThat(c.get("pushed_at").isNull()).isTrue());
    }

    private static LoggedRequest single(String method, String url) {
        List<LoggedRequest> found = SNOW.findAll(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
                com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method), urlEqualTo(url)));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> patchBodies() {
        List<JsonNode> bodies = new ArrayList<>();
        SNOW.findAll(patchRequestedFor(urlPathMatching("/api/now/v2/table/\\w+/\\w+")))
                .forEach(r -> bodies.add(Api.json(r.getBodyAsString())));
        return bodies;
    }

    private static List<String> workNotes() {
        return patchBodies().stream().filter(b -> b.has("work_notes")).map(b -> b.get("work_notes").asText())
                .toList();
    }
}
