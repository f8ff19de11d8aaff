package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.FakeJira;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.casebook.support.FakeJira.ISSUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's Jira case field {@code otherFields}: a JSON object (as text) of further issue fields merged into
 * {@code fields} on create and on update; any text is accepted on the case, as in Kibana, and text that is not
 * a JSON object, or that redefines one of Kibana's incident parameters, fails the push (424) before any call.
 */
class JiraOtherFieldsTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static FakeJira jira;
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        jira = FakeJira.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        jira.close();
    }

    @BeforeEach
    void reset() {
        jira.reset();
    }

    @Test
    void otherFieldsAreMergedIntoTheIssueFieldsOnCreateAndOnUpdate() {
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = newCase(connector, "{\"customfield_10020\": 5, \"components\": [{\"name\": \"db\"}], "
                + "\"environment\": \"prod\"}");

        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(200);
        JsonNode created = Api.json(jira.server().findAll(postRequestedFor(urlEqualTo(ISSUE))).get(0)
                .getBodyAsString()).get("fields");
        assertThat(created.get("customfield_10020").asInt()).isEqualTo(5);
        assertThat(created.at("/components/0/name").asText()).isEqualTo("db");
        assertThat(created.get("environment").asText()).isEqualTo("prod");
        assertThat(created.get("summary").asText()).isEqualTo("Custom fields");
        assertThat(created.at("/issuetype/id").asText()).isEqualTo("10001");

        OutboxSteps.retitle(api, id, "Custom fields, again");
        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(200);
        JsonNode updated = Api.json(jira.server().findAll(putRequestedFor(urlEqualTo(ISSUE + "/10000"))).get(0)
                .getBodyAsString()).get("fields");
        assertThat(updated.get("customfield_10020").asInt()).isEqualTo(5);
        assertThat(updated.get("summary").asText()).isEqualTo("Custom fields, again");
    }

    @Test
    void textThatIsNotAJsonObjectIsAcceptedOnTheCaseButFailsThePushBeforeAnyCall() {
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        for (String bad : List.of("{\"customfield_10020\": ", "[1, 2]", "\"text\"", "{} and more")) {
            jira.server().resetRequests();
            String id = newCase(connector, bad);

            Api.Result pushed = OutboxSteps.push(api, id, connector);

            assertThat(pushed.status()).as(bad + ": " + pushed.raw()).isEqualTo(424);
            assertThat(pushed.text("message")).startsWith("[Action][Jira]: otherFields must be a JSON object");
            assertThat(jira.server().getAllServeEvents()).as(bad).isEmpty();
            assertThat(api.get("/api/cases/" + id).body().get("external_service").isNull()).isTrue();
        }
    }

    @Test
    void otherFieldsMayNotRedefineKibanasIncidentParameters() {
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = newCase(connector, "{\"summary\": \"sneaky\", \"labels\": [], \"customfield_1\": 1}");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).isEqualTo("[Action][Jira]: The following properties cannot be defined "
                + "inside otherFields: summary, labels.");
        assertThat(jira.creates()).isZero();
    }

    @Test
    void thePushToServiceTestCallTakesOtherFieldsAsAnObjectAsKibanasDoes() {
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        Map<String, Object> incident = new HashMap<>();
        incident.put("summary", "From a test call");
        incident.put("issueType", "10001");
        incident.put("otherFields", Map.of("customfield_10020", 8));

        Api.Result run = api.post("/api/actions/connector/" + connector + "/_execute", Map.of("params",
                Map.of("subAction", "pushToService", "subActionParams", Map.of("incident", incident))));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().get("status").asText()).as(run.raw()).isEqualTo("ok");
        JsonNode created = Api.json(jira.server().findAll(postRequestedFor(urlEqualTo(ISSUE))).get(0)
                .getBodyAsString()).get("fields");
        assertThat(created.get("customfield_10020").asInt()).isEqualTo(8);
    }

    @Test
    void aCaseWithoutOtherFieldsSendsOnlyTheMappedFields() {
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = newCase(connector, null);

        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(200);

        JsonNode created = Api.json(jira.server().findAll(postRequestedFor(urlEqualTo(ISSUE))).get(0)
                .getBodyAsString()).get("fields");
        List<String> names = new java.util.ArrayList<>();
        created.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("summary", "description", "labels", "project", "issuetype");
    }

    private static String newCase(String connectorId, String otherFields) {
        Map<String, Object> body = CaseFixtures.newCase("Custom fields");
        Map<String, Object> fields = new HashMap<>();
        fields.put("issueType", "10001");
        fields.put("priority", null);
        fields.put("parent", null);
        fields.put("otherFields", otherFields);
        body.put("connector", Map.of("id", connectorId, "name", "Jira", "type", ".jira", "fields", fields));
        Api.Result created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }
}
