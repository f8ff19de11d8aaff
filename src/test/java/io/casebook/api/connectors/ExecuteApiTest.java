package io.casebook.api.connectors;

import io.casebook.EngineOverrides;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.casebook.CasebookApp;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.api.connectors.ConnectorBodies.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's run-connector API ({@code POST /api/actions/connector/{id}/_execute}) through the real engine and
 * real HTTP, against WireMock stubs shaped as Jira's documented REST v2 answers: the answer shapes, vendor
 * errors as {@code status: error}, refusals of the request and of the params, a preconfigured connector, and
 * no secret in any answer.
 */
class ExecuteApiTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    private static final String TOKEN = SECRET + "jira-token";
    private static TestEngine engine;
    private static Api api;
    private final List<Api.Result> responses = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        JIRA.start();
        Path dir = Files.createTempDirectory("connectors");
        Files.writeString(dir.resolve("jira-file.yaml"), """
                name: Jira from a file
                type: .jira
                config:
                  apiUrl: %s
                  projectKey: OPS
                secrets:
                  email: ${env:JIRA_EMAIL}
                  apiToken: ${env:JIRA_TOKEN}
                """.formatted(JIRA.baseUrl()));
        Map<String, String> settings = new HashMap<>(DB.settings());
        settings.put("casebook.connectors.dir", dir.toString());
        Map<String, String> env = Map.of("JIRA_EMAIL", "bot@example.com", "JIRA_TOKEN", TOKEN);
        engine = TestEngine.start(settings, new EngineOverrides(null, null, env::get));
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
                "{\"startAt\":0,\"maxResults\":50,\"total\":2,\"issueTypes\":[{\"id\":\"10001\",\"name\":\"Task\","
                        + "\"subtask\":false},{\"id\":\"10002\",\"name\":\"Bug\",\"subtask\":false}]}")));
        JIRA.stubFor(post("/rest/api/2/issue").willReturn(jsonStatus(201,
                "{\"id\":\"10000\",\"key\":\"OPS-1\",\"self\":\"" + JIRA.baseUrl() + "/rest/api/2/issue/10000\"}")));
        JIRA.stubFor(get("/rest/api/2/issue/10000").willReturn(okJson("{\"id\":\"10000\",\"key\":\"OPS-1\","
                + "\"fields\":{\"summary\":\"Disk full\",\"created\":\"2024-05-01T10:00:00.000+0000\","
                + "\"updated\":\"2024-05-01T11:00:00.000+0000\"}}")));
        JIRA.stubFor(post("/rest/api/2/issue/10000/comment").willReturn(jsonStatus(201,
                "{\"id\":\"20000\",\"body\":\"x\",\"created\":\"2024-05-01T12:00:00.000+0000\"}")));
    }

    /** Whatever the test did, no answer carried a secret value. */
    @AfterEach
    void noAnswerShowsASecret() {
        assertThat(responses).isNotEmpty();
        responses.forEach(r -> assertThat(r.raw() == null ? "" : r.raw()).doesNotContain(SECRET));
    }

    @Test
    void issueTypesAnswersOkWithTheDataAndTheConnectorId() {
        String connector = jira("");

        Api.Result run = execute("", connector, Map.of("subAction", "issueTypes", "subActionParams", Map.of()));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().toString()).isEqualTo("{\"status\":\"ok\",\"data\":[{\"id\":\"10001\",\"name\":\"Task\"},"
                + "{\"id\":\"10002\",\"name\":\"Bug\"}],\"connector_id\":\"" + connector + "\"}");
        JIRA.verify(getRequestedFor(urlEqualTo("/rest/api/2/issue/createmeta/OPS/issuetypes"))
                .withHeader("Authorization", equalTo(basic("bot@example.com", TOKEN))));
    }

    @Test
    void getIncidentFlattensTheIssueFieldsBesideItsIdAndKey() {
        String connector = jira("");

        Api.Result run = execute("", connector, Map.of("subAction", "getIncident",
                "subActionParams", Map.of("externalId", "10000")));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.text("status")).isEqualTo("ok");
        JsonNode data = run.body().get("data");
        assertThat(data.get("id").asText()).isEqualTo("10000");
        assertThat(data.get("key").asText()).isEqualTo("OPS-1");
        assertThat(data.get("summary").asText()).isEqualTo("Disk full");
        assertThat(data.get("created").asText()).isEqualTo("2024-05-01T10:00:00.000+0000");
    }

    @Test
    void pushToServiceCreatesThroughThePusherAndAnswersKibanasPushShape() {
        String connector = jira("");
        Map<String, Object> incident = new HashMap<>();
        incident.put("summary", "Disk full\non db-1");
        incident.put("description", "From a test call");
        incident.put("externalId", null);
        incident.put("issueType", "10002");
        incident.put("priority", "High");
        incident.put("labels", List.of("db"));

        Api.Result run = execute("", connector, Map.of("subAction", "pushToService", "subActionParams",
                Map.of("incident", incident, "comments", List.of(Map.of("commentId", "c-1", "comment", "First"),
                        Map.of("commentId", "c-2", "comment", "")))));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        JsonNode data = run.body().get("data");
        assertThat(data.get("id").asText()).isEqualTo("10000");
        assertThat(data.get("title").asText()).isEqualTo("OPS-1");
        assertThat(data.get("url").asText()).isEqualTo(JIRA.baseUrl() + "/browse/OPS-1");
        assertThat(data.get("pushedDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(data.get("comments")).hasSize(1);
        assertThat(data.at("/comments/0/commentId").asText()).isEqualTo("c-1");
        assertThat(data.at("/comments/0/pushedDate").asText()).isEqualTo(data.get("pushedDate").asText());
        JsonNode fields = Api.json(JIRA.findAll(postRequestedFor(urlEqualTo("/rest/api/2/issue"))).get(0)
                .getBodyAsString()).get("fields");
        assertThat(fields.get("summary").asText()).isEqualTo("Disk full, on db-1");
        assertThat(fields.get("description").asText()).isEqualTo("From a test call");
        assertThat(fields.at("/issuetype/id").asText()).isEqualTo("10002");
        assertThat(fields.at("/priority/name").asText()).isEqualTo("High");
        assertThat(fields.at("/labels/0").asText()).isEqualTo("db");
        JIRA.verify(1, postRequestedFor(urlEqualTo("/rest/api/2/issue/10000/comment"))
                .withRequestBody(equalToJson("{\"body\":\"First\"}")));
    }

    @Test
    void pushToServiceWithAnExternalIdUpdatesThatIssue() {
        JIRA.stubFor(put("/rest/api/2/issue/10000").willReturn(aResponse().withStatus(204)));
        String connector = jira("");

        Api.Result run = execute("", connector, Map.of("subAction", "pushToService", "subActionParams",
                Map.of("incident", Map.of("summary", "Renamed", "externalId", "10000"))));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().at("/data/id").asText()).isEqualTo("10000");
        assertThat(run.body().at("/data").has("comments")).isFalse();
        JIRA.verify(0, postRequestedFor(urlEqualTo("/rest/api/2/issue")));
        JIRA.verify(1, putRequestedFor(urlEqualTo("/rest/api/2/issue/10000"))
                .withRequestBody(matchingJsonPath("$.fields.summary", equalTo("Renamed"))));
    }

    @Test
    void aVendorErrorIsStatusErrorWithTheVendorsMessageAsServiceMessage() {
        JIRA.stubFor(get("/rest/api/2/issue/404").willReturn(jsonStatus(404, "{\"errorMessages\":[\"Issue does "
                + "not exist or you do not have permission to see it.\"],\"errors\":{}}")));
        String connector = jira("");

        Api.Result run = execute("", connector, Map.of("subAction", "getIncident",
                "subActionParams", Map.of("externalId", "404")));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        JsonNode body = run.body();
        assertThat(body.get("status").asText()).isEqualTo("error");
        assertThat(body.get("connector_id").asText()).isEqualTo(connector);
        assertThat(body.get("message").asText()).isEqualTo("an error occurred while running the action");
        assertThat(body.get("service_message").asText()).isEqualTo("[Action][Jira]: Unable to get incident with id "
                + "404. Error: Issue does not exist or you do not have permission to see it. (status 404)");
        assertThat(body.get("retry").asBoolean()).isTrue();
        assertThat(body.get("errorSource").asText()).isEqualTo("framework");
        assertThat(body.has("data")).isFalse();
    }

    @Test
    void aVendorThatEchoesTheTokenHasItRedacted() {
        JIRA.stubFor(get("/rest/api/2/issue/echo").willReturn(jsonStatus(401, "{\"errorMessages\":[\"Bad token "
                + TOKEN + "\"]}")));
        String connector = jira("");

        Api.Result run = execute("", connector, Map.of("subAction", "getIncident",
                "subActionParams", Map.of("externalId", "echo")));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.text("service_message")).contains("Bad token [redacted]");
    }

    @Test
    void anUnknownSubActionIsRefusedAsKibanasParamsValidationAndCallsNothing() {
        String connector = jira("");

        Api.Result run = execute("", connector, Map.of("subAction", "closeIncident", "subActionParams", Map.of()));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.text("status")).isEqualTo("error");
        assertThat(run.text("message")).isEqualTo("error validating action params: types that failed validation:\n"
                + "- [0.subAction]: expected value to equal [getIncident]\n"
                + "- [1.subAction]: expected value to equal [pushToService]\n"
                + "- [2.subAction]: expected value to equal [issueTypes]");
        assertThat(run.body().get("retry").asBoolean()).isFalse();
        assertThat(run.text("errorSource")).isEqualTo("user");
        assertThat(run.body().has("service_message")).isFalse();
        JIRA.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void paramsThatDoNotFitTheSubActionAreRefusedByPathAndCallNothing() {
        String connector = jira("");

        Api.Result noId = execute("", connector, Map.of("subAction", "getIncident", "subActionParams", Map.of()));
        Api.Result noSummary = execute("", connector, Map.of("subAction", "pushToService", "subActionParams",
                Map.of("incident", Map.of("summary", 7))));

        assertThat(noId.text("message")).isEqualTo("error validating action params: [subActionParams.externalId]: "
                + "expected value of type [string] but got [undefined]");
        assertThat(noSummary.text("message")).isEqualTo("error validating action params: "
                + "[subActionParams.incident.summary]: expected value of type [string] but got [number]");
        JIRA.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBodyWithoutParamsOrWithOtherKeysIsA400InKibanasErrorShape() {
        String connector = jira("");

        Api.Result noParams = seen(api.post("/api/actions/connector/" + connector + "/_execute", Map.of()));
        Api.Result textParams = seen(api.post("/api/actions/connector/" + connector + "/_execute",
                Map.of("params", "issueTypes")));
        Api.Result extra = seen(api.post("/api/actions/connector/" + connector + "/_execute",
                Map.of("params", Map.of("subAction", "issueTypes"), "subAction", "issueTypes")));

        assertThat(noParams.status()).isEqualTo(400);
        assertThat(noParams.body().get("error").asText()).isEqualTo("Bad Request");
        assertThat(noParams.text("message")).isEqualTo("[request body.params]: expected value of type [object] but "
                + "got [undefined]");
        assertThat(textParams.status()).isEqualTo(400);
        assertThat(textParams.text("message")).isEqualTo("[request body.params]: expected value of type [object] but "
                + "got [string]");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.text("message")).isEqualTo("[request body.subAction]: definition for this key is missing");
        JIRA.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUnknownConnectorIsA404AndOneOfAnotherSpaceIsUnknownToo() {
        String connector = jira("s/ops/");

        Api.Result missing = execute("", "nope", Map.of("subAction", "issueTypes"));
        Api.Result elsewhere = execute("", connector, Map.of("subAction", "issueTypes"));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("message")).isEqualTo("Saved object [action/nope] not found");
        assertThat(elsewhere.status()).isEqualTo(404);
        JIRA.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPreconfiguredConnectorRunsInAnySpaceWithItsFileSecrets() {
        Api.Result run = execute("s/ops/", "jira-file", Map.of("subAction", "issueTypes"));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.text("status")).isEqualTo("ok");
        assertThat(run.text("connector_id")).isEqualTo("jira-file");
        assertThat(run.body().get("data")).hasSize(2);
        JIRA.verify(getRequestedFor(urlEqualTo("/rest/api/2/issue/createmeta/OPS/issuetypes"))
                .withHeader("Authorization", equalTo(basic("bot@example.com", TOKEN))));
    }

    private String jira(String prefix) {
        Api.Result created = seen(api.post("/" + prefix + "api/actions/connector", ConnectorBodies.create("Jira",
                ".jira", Map.of("apiUrl", JIRA.baseUrl(), "projectKey", "OPS"),
                Map.of("email", "bot@example.com", "apiToken", TOKEN))));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private Api.Result execute(String prefix, String connector, Map<String, Object> params) {
        return seen(api.post("/" + prefix + "api/actions/connector/" + connector + "/_execute",
                Map.of("params", params)));
    }

    private Api.Result seen(Api.Result result) {
        responses.add(result);
        return result;
    }

    private static String basic(String user, String secret) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + secret).getBytes());
    }

    private static ResponseDefinitionBuilder jsonStatus(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
