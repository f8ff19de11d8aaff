package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Jira instance with a {@code caseStatusMapping} moves the issue through its workflow when a closed or
 * reopened case is pushed, against stubs shaped as Jira REST v2's documented {@code issue/{id}/transitions}
 * (GET lists what the workflow offers from the current status, POST takes {@code {"transition":{"id"}}}, 204).
 */
class JiraStatusPushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    private static final String ISSUE = "/rest/api/2/issue/10000";
    private static final String TRANSITIONS = ISSUE + "/transitions";
    private static final Map<String, Object> MAPPING = Map.of("open", "To Do", "in-progress", "In Progress",
            "closed", "Done");
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        JIRA.start();
        // These tests push by hand after closing: the push status following queues on its own waits an hour.
        Map<String, String> settings = OutboxSteps.oneAttempt(DB.settings());
        settings.put("casebook.connectors.push.coalesce-ms", "3600000");
        engine = TestEngine.start(settings);
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        JIRA.stop();
    }

    @BeforeEach
    void jiraAnswers() {
        JIRA.resetAll();
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/2/search/jql")).willReturn(okJson("{\"issues\":[]}")));
        JIRA.stubFor(get("/rest/api/2/issue/createmeta/OPS/issuetypes").willReturn(okJson(
                "{\"startAt\":0,\"maxResults\":50,\"total\":1,\"issueTypes\":[{\"id\":\"10001\",\"name\":\"Task\"}]}")));
        JIRA.stubFor(post("/rest/api/2/issue").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"10000\",\"key\":\"OPS-1\",\"self\":\"" + JIRA.baseUrl() + ISSUE + "\"}")));
        JIRA.stubFor(put(ISSUE).willReturn(aResponse().withStatus(204)));
        issueIsIn("To Do");
        JIRA.stubFor(post(TRANSITIONS).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void closingAPushedCaseThenPushingTransitionsTheIssueToTheMappedStatus() {
        String connector = jiraConnector(MAPPING);
        JsonNode theCase = newCase("Disk full");
        assertThat(push(theCase, connector).status()).isEqualTo(200);
        JIRA.verify(0, anyRequestedFor(urlPathEqualTo(TRANSITIONS)));
        JIRA.resetRequests();
        transitionsOffered("{\"id\":\"21\",\"name\":\"Start Progress\",\"to\":" + status("3", "In Progress") + "},"
                + "{\"id\":\"31\",\"name\":\"Resolve\",\"to\":" + status("10001", "Done") + "}");

        Api.Result pushed = push(setStatus(theCase, "closed"), connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JIRA.verify(getRequestedFor(urlEqualTo(TRANSITIONS)));
        JIRA.verify(1, postRequestedFor(urlEqualTo(TRANSITIONS)));
        JIRA.verify(postRequestedFor(urlEqualTo(TRANSITIONS))
                .withRequestBody(equalToJson("{\"transition\":{\"id\":\"31\"}}")));
    }

    @Test
    void reopeningTransitionsBackAndATransitionNamedAsTheTargetIsTakenWhenNoneLeadsToThatStatusName() {
        String connector = jiraConnector(MAPPING);
        JsonNode theCase = setStatus(newCase("Flapping"), "closed");
        transitionsOffered("{\"id\":\"31\",\"name\":\"Resolve\",\"to\":" + status("10001", "Done") + "}");
        assertThat(push(theCase, connector).status()).isEqualTo(200);
        JIRA.resetRequests();
        issueIsIn("Done");
        transitionsOffered("{\"id\":\"41\",\"name\":\"Archive\",\"to\":" + status("10009", "Archived") + "},"
                + "{\"id\":\"11\",\"name\":\"Reopen\",\"to\":" + status("10000", "To Do") + "}");

        assertThat(push(setStatus(theCase, "open"), connector).status()).isEqualTo(200);

        JIRA.verify(1, postRequestedFor(urlEqualTo(TRANSITIONS)));
        JIRA.verify(postRequestedFor(urlEqualTo(TRANSITIONS))
                .withRequestBody(equalToJson("{\"transition\":{\"id\":\"11\"}}")));
        JIRA.resetRequests();
        transitionsOffered("{\"id\":\"51\",\"name\":\"In Progress\",\"to\":" + status("10010", "Doing") + "}");

        assertThat(push(setStatus(theCase, "in-progress"), connector).status()).isEqualTo(200);

        JIRA.verify(postRequestedFor(urlEqualTo(TRANSITIONS))
                .withRequestBody(equalToJson("{\"transition\":{\"id\":\"51\"}}")));
    }

    @Test
    void anIssueAlreadyInTheTargetStatusIgnoringCaseIsNotTransitioned() {
        String connector = jiraConnector(MAPPING);
        JsonNode theCase = newCase("Already done");
        assertThat(push(theCase, connector).status()).isEqualTo(200);
        JIRA.resetRequests();
        issueIsIn("DONE");

        Api.Result pushed = push(setStatus(theCase, "closed"), connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JIRA.verify(getRequestedFor(urlEqualTo(ISSUE)));
        JIRA.verify(0, anyRequestedFor(urlPathEqualTo(TRANSITIONS)));
    }

    @Test
    void noTransitionToTheTargetIsA424NamingItAndTheAvailableOnesAndChangesNothing() {
        String connector = jiraConnector(MAPPING);
        JsonNode theCase = newCase("Stuck");
        Api.Result first = push(theCase, connector);
        assertThat(first.status()).isEqualTo(200);
        JsonNode before = api.get("/api/cases/" + theCase.get("id").asText()).body().get("external_service");
        transitionsOffered("{\"id\":\"21\",\"name\":\"Start Progress\",\"to\":" + status("3", "In Progress") + "}");

        Api.Result pushed = push(setStatus(theCase, "closed"), connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("\"Done\"").contains("Start Progress (to In Progress)");
        JIRA.verify(0, postRequestedFor(urlEqualTo(TRANSITIONS)));
        JsonNode after = api.get("/api/cases/" + theCase.get("id").asText()).body();
        assertThat(after.get("external_service")).isEqualTo(before);
        JsonNode actions = api.get("/api/cases/" + theCase.get("id").asText() + "/user_actions/_find?perPage=100")
                .body().get("userActions");
        assertThat(actions.findValues("type").stream().filter(t -> t.asText().equals("pushed"))).hasSize(1);
    }

    @Test
    void aConnectorWithoutAMappingNeverCallsTheTransitionsEndpoint() {
        String connector = jiraConnector(null);
        JsonNode theCase = newCase("Plain");
        assertThat(push(theCase, connector).status()).isEqualTo(200);

        assertThat(push(setStatus(theCase, "closed"), connector).status()).isEqualTo(200);

        JIRA.verify(2, getRequestedFor(urlEqualTo(ISSUE)));
        JIRA.verify(0, anyRequestedFor(urlPathMatching(".*/transitions")));
    }

    @Test
    void aMappingWithAKeyThatIsNotACaseStatusIsRefusedAtCreation() {
        Api.Result refused = api.post("/api/actions/connector", ConnectorBodies.create("Jira", ".jira",
                config(Map.of("resolved", "Done")), Map.of("email", "bot@example.com", "apiToken", "t")));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("error validating action type connector: "
                + "[caseStatusMapping.resolved]: expected one of [open, in-progress, closed] as a key");
        Api.Result notText = api.post("/api/actions/connector", ConnectorBodies.create("Jira", ".jira",
                config(Map.of("closed", 5)), Map.of("email", "bot@example.com", "apiToken", "t")));
        assertThat(notText.status()).as(notText.raw()).isEqualTo(400);
        assertThat(notText.text("message")).contains("[caseStatusMapping]");
    }

    private static void issueIsIn(String statusName) {
        JIRA.stubFor(get(ISSUE).willReturn(okJson("{\"id\":\"10000\",\"key\":\"OPS-1\",\"fields\":{\"status\":"
                + status("1", statusName) + "}}")));
    }

    private static void transitionsOffered(String transitions) {
        JIRA.stubFor(get(TRANSITIONS).willReturn(okJson("{\"expand\":\"transitions\",\"transitions\":["
                + transitions + "]}")));
    }

    /** A status as Jira embeds it in issues and transitions. */
    private static String status(String id, String name) {
        return "{\"self\":\"" + JIRA.baseUrl() + "/rest/api/2/status/" + id + "\",\"id\":\"" + id
                + "\",\"name\":\"" + name + "\",\"statusCategory\":{\"id\":2,\"key\":\"new\"}}";
    }

    private static Map<String, Object> config(Map<String, Object> mapping) {
        Map<String, Object> config = new LinkedHashMap<>(Map.of("apiUrl", JIRA.baseUrl(), "projectKey", "OPS"));
        if (mapping != null) {
            config.put("caseStatusMapping", mapping);
        }
        return config;
    }

    private static String jiraConnector(Map<String, Object> mapping) {
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("Jira", ".jira",
                config(mapping), Map.of("email", "bot@example.com", "apiToken", "jira-token")));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static JsonNode newCase(String title) {
        Map<String, Object> body = CaseFixtures.newCase(title);
        Api.Result created = api.post("/api/cases", body);
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
}
