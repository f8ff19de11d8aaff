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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.support.AttachmentFixtures.alerts;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's push to Jira through the real engine and real HTTP, against WireMock stubs shaped as Jira's
 * documented REST v2 answers: create, update, comments since the last push, errors as 424, idempotent create.
 */
class JiraPushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        JIRA.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
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
                "{\"startAt\":0,\"maxResults\":50,\"total\":2,\"issueTypes\":[{\"id\":\"10001\",\"name\":\"Task\"},"
                        + "{\"id\":\"10002\",\"name\":\"Bug\"}]}")));
        JIRA.stubFor(post("/rest/api/2/issue").willReturn(jsonStatus(201,
                "{\"id\":\"10000\",\"key\":\"OPS-1\",\"self\":\"" + JIRA.baseUrl() + "/rest/api/2/issue/10000\"}")));
        JIRA.stubFor(get("/rest/api/2/issue/10000").willReturn(okJson("{\"id\":\"10000\",\"key\":\"OPS-1\",\"fields\":{}}")));
        JIRA.stubFor(put("/rest/api/2/issue/10000").willReturn(aResponse().withStatus(204)));
        JIRA.stubFor(post(urlPathMatching("/rest/api/2/issue/\\d+/comment")).willReturn(jsonStatus(201, "{\"id\":\"1\"}")));
    }

    @Test
    void firstPushCreatesTheIssueWithLabelsAndAddedByAndSendsCommentsAndTheAlertsSummary() {
        String connector = jiraConnector("");
        JsonNode theCase = newCase("", "Disk full\non db-1", List.of("needs triage", "db"));
        String id = theCase.get("id").asText();
        assertThat(api.post("/api/cases/" + id + "/comments", userComment("Looking at it")).status()).isEqualTo(200);
        assertThat(api.post("/api/cases/" + id + "/comments", alerts("a-1", "idx")).status()).isEqualTo(200);

        Api.Result pushed = push("", id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JsonNode service = pushed.body().get("external_service");
        assertThat(service.get("connector_id").asText()).isEqualTo(connector);
        assertThat(service.get("external_id").asText()).isEqualTo("10000");
        assertThat(service.get("external_title").asText()).isEqualTo("OPS-1");
        assertThat(service.get("external_url").asText()).isEqualTo(JIRA.baseUrl() + "/browse/OPS-1");
        JIRA.verify(getRequestedFor(urlPathEqualTo("/rest/api/2/search/jql"))
                .withQueryParam("jql", equalTo("project=\"OPS\" AND labels=\"casebook-" + id + "\"")));
        JIRA.verify(getRequestedFor(urlEqualTo("/rest/api/2/issue/createmeta/OPS/issuetypes")));
        JsonNode fields = Api.json(single("POST", "/rest/api/2/issue").getBodyAsString()).get("fields");
        assertThat(fields.get("summary").asText()).isEqualTo("Disk full, on db-1");
        assertThat(fields.get("description").asText()).isEqualTo("A case description.\n\nAdded by elastic.");
        assertThat(fields.get("project").get("key").asText()).isEqualTo("OPS");
        assertThat(fields.get("issuetype").get("id").asText()).isEqualTo("10001");
        assertThat(texts(fields.get("labels"))).containsExactly("needs-triage", "db", "casebook-" + id);
        JIRA.verify(getRequestedFor(urlEqualTo("/rest/api/2/issue/10000"))
                .withHeader("Authorization", equalTo("Basic Ym90QGV4YW1wbGUuY29tOmppcmEtdG9rZW4=")));
        assertThat(commentBodies()).containsExactly("Looking at it\n\nAdded by elastic.",
                "Elastic Alerts attached to the case: 1");
        JsonNode action = pushedActions("", id).get(0);
        assertThat(action.get("action").asText()).isEqualTo("push_to_service");
        assertThat(action.at("/payload/externalService/external_id").asText()).isEqualTo("10000");
        assertThat(action.at("/payload/externalService/connector_id").asText()).isEqualTo(connector);
        JsonNode comments = api.get("/api/cases/" + id + "/comments").body();
        comments.forEach(c -> assertThat(c.get("pushed_at").isNull()).as(c.toString()).isFalse());
        assertThat(api.get("/api/cases/" + id).body().at("/external_service/external_title").asText())
                .isEqualTo("OPS-1");
    }

    @Test
    void laterPushesUpdateAndSendOnlyWhatChangedSinceTheLastPushToThatConnector() {
        String connector = jiraConnector("");
        String id = newCase("", "Latency", List.of()).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("First"));
        api.post("/api/cases/" + id + "/comments", alerts("a-1", "idx"));
        assertThat(push("", id, connector).status()).isEqualTo(200);
        JIRA.resetRequests();

        api.post("/api/cases/" + id + "/comments", userComment("Second"));
        Api.Result second = push("", id, connector);

        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        JIRA.verify(0, postRequestedFor(urlEqualTo("/rest/api/2/issue")));
        JIRA.verify(0, getRequestedFor(urlPathEqualTo("/rest/api/2/search/jql")));
        JsonNode fields = Api.json(single("PUT", "/rest/api/2/issue/10000").getBodyAsString()).get("fields");
        assertThat(fields.has("project")).isFalse();
        assertThat(fields.has("priority")).isFalse();
        assertThat(fields.get("summary").asText()).isEqualTo("Latency");
        assertThat(commentBodies()).containsExactly("Second\n\nAdded by elastic.");

        JIRA.resetRequests();
        assertThat(push("", id, connector).status()).isEqualTo(200);
        assertThat(commentBodies()).isEmpty();
        assertThat(pushedActions("", id)).hasSize(3);
    }

    @Test
    void aVendor400IsA424WithJirasMessageAndChangesNothing() {
        JIRA.stubFor(post("/rest/api/2/issue").willReturn(jsonStatus(400,
                "{\"errorMessages\":[],\"errors\":{\"summary\":\"You must specify a summary of the issue.\"}}")));
        String connector = jiraConnector("");
        String id = newCase("", "Refused", List.of()).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("Never sent"));

        Api.Result pushed = push("", id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.body().get("error").asText()).isEqualTo("Failed Dependency");
        assertThat(pushed.text("message")).contains("summary: You must specify a summary of the issue.");
        assertUnchanged("", id);
    }

    @Test
    void unauthorisedIsA424AndChangesNothing() {
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/2/search/jql")).willReturn(jsonStatus(401,
                "{\"errorMessages\":[\"You are not authenticated. Authentication required to perform this operation.\"]}")));
        String connector = jiraConnector("");
        String id = newCase("", "No auth", List.of()).get("id").asText();

        Api.Result pushed = push("", id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("You are not authenticated").contains("401");
        JIRA.verify(0, postRequestedFor(urlEqualTo("/rest/api/2/issue")));
        assertUnchanged("", id);
    }

    @Test
    void aCreateFindsTheIssueAlreadyLabelledWithTheCaseInsteadOfMakingASecond() {
        String connector = jiraConnector("");
        String id = newCase("", "Retried", List.of()).get("id").asText();
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/2/search/jql"))
                .withQueryParam("jql", equalTo("project=\"OPS\" AND labels=\"casebook-" + id + "\""))
                .willReturn(okJson("{\"issues\":[{\"id\":\"10077\"}],\"isLast\":true}")));
        JIRA.stubFor(get("/rest/api/2/issue/10077").willReturn(okJson("{\"id\":\"10077\",\"key\":\"OPS-77\"}")));
        JIRA.stubFor(put("/rest/api/2/issue/10077").willReturn(aResponse().withStatus(204)));

        Api.Result pushed = push("", id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JIRA.verify(0, postRequestedFor(urlEqualTo("/rest/api/2/issue")));
        JIRA.verify(putRequestedFor(urlEqualTo("/rest/api/2/issue/10077"))
                .withRequestBody(matchingJsonPath("$.fields.summary", equalTo("Retried"))));
        assertThat(pushed.body().at("/external_service/external_id").asText()).isEqualTo("10077");
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("OPS-77");
    }

    @Test
    void closeByPushingClosesTheCaseWithAStatusAction() {
        String space = "/s/closing";
        Map<String, Object> configure = new java.util.LinkedHashMap<>();
        configure.put("owner", "cases");
        configure.put("closure_type", "close-by-pushing");
        configure.put("connector", CaseFixtures.noConnector());
        Api.Result configured = api.post(space + "/api/cases/configure", configure);
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        String connector = jiraConnector(space);
        String id = newCase(space, "Close me", List.of()).get("id").asText();

        Api.Result pushed = push(space, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.text("status")).isEqualTo("closed");
        JsonNode actions = api.get(space + "/api/cases/" + id + "/user_actions/_find?perPage=100").body();
        assertThat(actions.get("userActions").findValues("type").stream().map(JsonNode::asText))
                .contains("pushed", "status");
    }

    @Test
    void unknownCaseOrConnectorOrAnotherSpacesCaseIs404() {
        String connector = jiraConnector("");
        String id = newCase("", "Here", List.of()).get("id").asText();
        assertThat(push("", "no-such-case", connector).status()).isEqualTo(404);
        Api.Result unknown = push("", id, "no-such-connector");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("message")).isEqualTo("Saved object [action/no-such-connector] not found");
        assertThat(push("/s/elsewhere", id, connector).status()).isEqualTo(404);
        assertThat(api.postWithoutXsrf("/api/cases/" + id + "/connector/" + connector + "/_push", Map.of())
                .status()).isEqualTo(400);
        assertThat(JIRA.getAllServeEvents()).isEmpty();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder jsonStatus(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String jiraConnector(String space) {
        Api.Result created = api.post(space + "/api/actions/connector", ConnectorBodies.create("Jira", ".jira",
                Map.of("apiUrl", JIRA.baseUrl(), "projectKey", "OPS"),
                Map.of("email", "bot@example.com", "apiToken", "jira-token")));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static JsonNode newCase(String space, String title, List<String> tags) {
        Map<String, Object> body = CaseFixtures.newCase(title);
        body.put("tags", tags);
        Api.Result created = api.post(space + "/api/cases", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }

    private static Api.Result push(String space, String caseId, String connectorId) {
        return api.post(space + "/api/cases/" + caseId + "/connector/" + connectorId + "/_push", Map.of());
    }

    private static void assertUnchanged(String space, String id) {
        JsonNode after = api.get(space + "/api/cases/" + id).body();
        assertThat(after.get("external_service").isNull()).as(after.toString()).isTrue();
        assertThat(pushedActions(space, id)).isEmpty();
        api.get(space + "/api/cases/" + id + "/comments").body()
                .forEach(c -> assertThat(c.get("pushed_at").isNull()).isTrue());
    }

    private static List<JsonNode> pushedActions(String space, String id) {
        List<JsonNode> pushed = new ArrayList<>();
        api.get(space + "/api/cases/" + id + "/user_actions/_find?perPage=100").body().get("userActions")
                .forEach(a -> {
                    if ("pushed".equals(a.get("type").asText())) {
                        pushed.add(a);
                    }
                });
        return pushed;
    }

    private static LoggedRequest single(String method, String url) {
        List<LoggedRequest> found = JIRA.findAll(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
                com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method), urlEqualTo(url)));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> commentBodies() {
        List<LoggedRequest> posts = new ArrayList<>(JIRA.findAll(postRequestedFor(urlPathMatching("/rest/api/2/issue/\\d+/comment"))));
        return posts.stream().map(r -> Api.json(r.getBodyAsString()).get("body").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
