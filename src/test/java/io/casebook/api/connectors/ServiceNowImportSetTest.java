package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.api.connectors.ServiceNowCases.jsonStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Import Set API mode ({@code usesTableApi: false}) through the real engine: the Elastic ServiceNow app's
 * health check, its staging tables with {@code u_} columns, {@code elastic_incident_id} for updates, the
 * transform's {@code result[0]}, and the record read back through the Table API, as Kibana's service does it.
 */
class ServiceNowImportSetTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer SNOW = new WireMockServer(options().dynamicPort());
    private static final String INCIDENTS = "/api/now/v2/table/incident";
    private static final String IMPORT = "/api/now/import/x_elas2_inc_int_elastic_incident";
    private static final String HEALTH = "/api/x_elas2_inc_int/elastic_api/health";
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
        appInstalled("x_elas2_inc_int", "incident", "x_elas2_inc_int_elastic_incident");
        appInstalled("x_elas2_sir_int", "sn_si_incident", "x_elas2_sir_int_elastic_si_incident");
    }

    @Test
    void aCreateChecksTheAppThenImportsPrefixedColumnsAndReadsTheIncidentBack() {
        String connector = importSetConnector(".servicenow");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Disk full", Map.of("urgency", "2",
                "category", "software", "additionalFields", "{\"assignment_group\":\"ops\"}"));
        api.post("/api/cases/" + id + "/comments", AttachmentFixtures.userComment("Looking at it"));

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.body().at("/external_service/external_id").asText()).isEqualTo("a1b2c3");
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("INC0010001");
        assertThat(pushed.body().at("/external_service/external_url").asText())
                .isEqualTo(SNOW.baseUrl() + "/nav_to.do?uri=incident.do?sys_id=a1b2c3");
        SNOW.verify(getRequestedFor(urlPathEqualTo(INCIDENTS))
                .withQueryParam("sysparm_query", equalTo("correlation_id=" + id)));
        SNOW.verify(1, getRequestedFor(urlEqualTo(HEALTH)));
        List<JsonNode> imports = imports(IMPORT);
        assertThat(imports).hasSize(2);
        JsonNode create = imports.get(0);
        assertThat(create.get("u_short_description").asText()).isEqualTo("Disk full");
        assertThat(create.get("u_description").asText()).isEqualTo("A case description.\n\nAdded by elastic.");
        assertThat(create.get("u_urgency").asText()).isEqualTo("2");
        assertThat(create.get("u_category").asText()).isEqualTo("software");
        assertThat(create.get("u_correlation_id").asText()).isEqualTo(id);
        assertThat(create.get("u_correlation_display").asText()).isEqualTo("Elastic Case");
        assertThat(create.get("u_caller_id").asText()).isEqualTo("admin");
        assertThat(create.get("u_opened_by").asText()).isEqualTo("admin");
        assertThat(create.get("assignment_group").asText()).isEqualTo("ops");
        assertThat(create.has("short_description")).isFalse();
        assertThat(create.has("elastic_incident_id")).isFalse();
        JsonNode note = imports.get(1);
        assertThat(note.get("u_work_notes").asText()).isEqualTo("Looking at it\n\nAdded by elastic.");
        assertThat(note.get("elastic_incident_id").asText()).isEqualTo("a1b2c3");
        assertThat(note.get("u_short_description").asText()).isEqualTo("Disk full");
        SNOW.verify(0, postRequestedFor(urlEqualTo(INCIDENTS)));
        SNOW.verify(0, patchRequestedFor(urlPathMatching(INCIDENTS + ".*")));
    }

    @Test
    void aLaterPushUpdatesThroughTheImportSetNamingTheIncident() {
        String connector = importSetConnector(".servicenow");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Latency", Map.of("urgency", "1"));
        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);
        SNOW.resetRequests();

        Api.Result second = ServiceNowCases.push(api, id, connector);

        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        SNOW.verify(0, getRequestedFor(urlPathEqualTo(INCIDENTS)));
        List<JsonNode> imports = imports(IMPORT);
        assertThat(imports).hasSize(1);
        assertThat(imports.get(0).get("elastic_incident_id").asText()).isEqualTo("a1b2c3");
        assertThat(imports.get(0).get("u_urgency").asText()).isEqualTo("1");
        assertThat(imports.get(0).has("u_caller_id")).isFalse();
    }

    @Test
    void aCreateUpdatesTheIncidentAlreadyCorrelatedWithTheCase() {
        String connector = importSetConnector(".servicenow");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Retried", Map.of());
        SNOW.stubFor(get(urlPathEqualTo(INCIDENTS)).withQueryParam("sysparm_query", equalTo("correlation_id=" + id))
                .willReturn(okJson("{\"result\":[{\"sys_id\":\"f00d77\",\"number\":\"INC0000077\"}]}")));
        SNOW.stubFor(get(INCIDENTS + "/f00d77").willReturn(okJson(
                "{\"result\":{\"sys_id\":\"f00d77\",\"number\":\"INC0000077\"}}")));

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        List<JsonNode> imports = imports(IMPORT);
        assertThat(imports).hasSize(1);
        assertThat(imports.get(0).get("elastic_incident_id").asText()).isEqualTo("f00d77");
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("INC0000077");
    }

    @Test
    void withoutTheElasticAppThePushIsA424AndNothingIsImported() {
        SNOW.stubFor(get(HEALTH).willReturn(jsonStatus(400, "{\"error\":{\"message\":\"Requested URI does not "
                + "represent any resource\",\"detail\":null},\"status\":\"failure\"}")));
        String connector = importSetConnector(".servicenow");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "No app", Map.of());

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Unable to get application version")
                .contains("Requested URI does not represent any resource").contains("400");
        SNOW.verify(0, postRequestedFor(urlEqualTo(IMPORT)));
    }

    @Test
    void aTransformErrorInTheResultIsA424WithItsMessage() {
        SNOW.stubFor(post(IMPORT).willReturn(jsonStatus(201, "{\"import_set\":\"ISET0010002\",\"staging_table\":"
                + "\"x_elas2_inc_int_elastic_incident\",\"result\":[{\"transform_map\":\"Elastic Incident\","
                + "\"table\":\"incident\",\"status\":\"error\",\"error_message\":\"Target record not found\"}]}")));
        String connector = importSetConnector(".servicenow");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Broken map", Map.of());

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Unable to create incident").contains("Target record not found");
        assertThat(api.get("/api/cases/" + id).body().get("external_service").isNull()).isTrue();
    }

    @Test
    void secOpsImportsIntoItsOwnStagingTableAfterItsOwnAppCheck() {
        String connector = importSetConnector(".servicenow-sir");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow-sir", "Malware", Map.of("category",
                "malware", "priority", "1", "destIp", false, "sourceIp", false, "malwareHash", false,
                "malwareUrl", false));

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        SNOW.verify(1, getRequestedFor(urlEqualTo("/api/x_elas2_sir_int/elastic_api/health")));
        JsonNode create = imports("/api/now/import/x_elas2_sir_int_elastic_si_incident").get(0);
        assertThat(create.get("u_category").asText()).isEqualTo("malware");
        assertThat(create.get("u_priority").asText()).isEqualTo("1");
        assertThat(create.has("u_destIp")).isFalse();
        assertThat(pushed.body().at("/external_service/external_url").asText())
                .isEqualTo(SNOW.baseUrl() + "/nav_to.do?uri=sn_si_incident.do?sys_id=a1b2c3");
        SNOW.verify(0, postRequestedFor(urlEqualTo(IMPORT)));
    }

    private static String importSetConnector(String type) {
        return ServiceNowCases.connector(api, type, Map.of("apiUrl", SNOW.baseUrl(), "usesTableApi", false),
                Map.of("username", "admin", "password", "snow-pass"));
    }

    /** The app's health answer, its import answer (ServiceNow's documented import set response) and the table. */
    private static void appInstalled(String scope, String table, String stagingTable) {
        SNOW.stubFor(get("/api/" + scope + "/elastic_api/health").willReturn(okJson(
                "{\"result\":{\"name\":\"Elastic\",\"scope\":\"" + scope + "\",\"version\":\"1.0.0\"}}")));
        SNOW.stubFor(post("/api/now/import/" + stagingTable).willReturn(jsonStatus(201, "{\"import_set\":"
                + "\"ISET0010001\",\"staging_table\":\"" + stagingTable + "\",\"result\":[{\"transform_map\":"
                + "\"Elastic Incident\",\"table\":\"" + table + "\",\"display_name\":\"number\",\"display_value\":"
                + "\"INC0010001\",\"record_link\":\"" + SNOW.baseUrl() + "/api/now/table/" + table + "/a1b2c3\","
                + "\"status\":\"inserted\",\"sys_id\":\"a1b2c3\"}]}")));
        String path = "/api/now/v2/table/" + table;
        SNOW.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"result\":[]}")));
        SNOW.stubFor(get(path + "/a1b2c3").willReturn(okJson(
                "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
    }

    private static List<JsonNode> imports(String path) {
        return SNOW.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(r -> Api.json(r.getBodyAsString())).toList();
    }
}
