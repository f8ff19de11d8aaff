package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.AuditLines;
import io.casebook.support.NewCaseBody;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every API route family needs a user (401 otherwise, audited); status and alert ingest stay open. */
class AuthenticationTest {

    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(UsersYaml.file(
                UsersYaml.user("alice", "Alice Analyst", "alice@example.com", "alice-secret-1", "soc_analyst")));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cases/_find", "/internal/cases/categories", "/s/ops/api/cases/_find",
            "/_security/api_key"})
    void eachRouteFamilyRefusesARequestWithoutCredentials(String path) throws Exception {
        int before = AuditLines.events(engine.auditLog(), "anonymous_access_denied").size();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Api.json(response.body())).isEqualTo(Api.json(
                "{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Unauthorized\"}"));
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .containsExactly("Basic realm=\"security\", charset=\"UTF-8\"", "ApiKey");
        List<JsonNode> denied = AuditLines.events(engine.auditLog(), "anonymous_access_denied");
        assertThat(denied).hasSize(before + 1);
        JsonNode line = denied.get(denied.size() - 1);
        assertThat(line.path("outcome").asText()).isEqualTo("failure");
        assertThat(line.path("source_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(line.path("path").asText()).isEqualTo(path);
        assertThat(line.path("@timestamp").asText()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cases/_find", "/internal/cases/categories", "/s/ops/api/cases/_find",
            "/_security/api_key"})
    void eachRouteFamilyRefusesAWrongPasswordAndAuditsIt(String path) {
        Api.Result refused = api.as("alice", "not-her-password").get(path);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("error")).isEqualTo("Unauthorized");
        assertThat(refused.text("message")).isEqualTo(
                "[security_exception]: unable to authenticate user [alice] for REST request [" + path + "]");
        JsonNode line = last("authentication_failed");
        assertThat(line.path("user").asText()).isEqualTo("alice");
        assertThat(line.path("reason").asText()).isEqualTo("wrong password");
        assertThat(line.path("method").asText()).isEqualTo("basic");
        assertThat(line.path("source_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(line.path("outcome").asText()).isEqualTo("failure");
        assertThat(AuditLines.text(engine.auditLog())).doesNotContain("not-her-password");
    }

    @Test
    void anUnknownUserLooksLikeAWrongPasswordToTheClientButNotInTheAuditLog() {
        Api.Result unknown = api.as("mallory", "whatever-1").get("/api/cases/_find");
        Api.Result wrong = api.as("alice", "whatever-1").get("/api/cases/_find");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.text("message")).isEqualTo(wrong.text("message").replace("alice", "mallory"));
        List<JsonNode> failed = AuditLines.events(engine.auditLog(), "authentication_failed");
        assertThat(failed.get(failed.size() - 2).path("reason").asText()).isEqualTo("unknown user");
        assertThat(failed.get(failed.size() - 1).path("reason").asText()).isEqualTo("wrong password");
    }

    @Test
    void unreadableOrForeignAuthorizationHeadersAreRefused() {
        for (String header : List.of("Bearer abc.def.ghi", "Basic !!!not-base64", "Basic "
                + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()), "Basic")) {
            Api.Result refused = api.withAuthorization(header).get("/api/cases/_find");
            assertThat(refused.status()).as(header).isEqualTo(401);
            assertThat(last("authentication_failed").path("method").asText()).isEqualTo("unreadable");
        }
    }

    @Test
    void authenticationComesBeforeTheKbnXsrfCheck() {
        Api.Result refused = api.anonymous().postWithoutXsrf("/api/cases", NewCaseBody.titled("x").body());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(api.postWithoutXsrf("/api/cases", NewCaseBody.titled("x").body()).status()).isEqualTo(400);
    }

    @Test
    void aUsersFileUsersRolesDecideWhatTheyMayDo() {
        Api alice = api.as("alice", "alice-secret-1"); // soc_analyst of the shipped roles.yaml

        Api.Result refused = alice.post("/api/cases", NewCaseBody.titled("Not hers").body()); // owner "cases"

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("message")).isEqualTo("Unauthorized to create case with owners: \"cases\"");
        assertThat(alice.get("/s/soc/api/cases/_find").status()).isEqualTo(200);
        assertThat(alice.get("/s/finance/api/cases/_find").status()).isEqualTo(404); // not one of her spaces
        assertThat(alice.post("/api/actions/connector", Map.of("name", "x", "connector_type_id", ".jira",
                "config", Map.of(), "secrets", Map.of())).status()).isEqualTo(403); // connectors: read
    }

    @Test
    void aUsersFileUserIsRecordedWithTheirFullNameAndEmail() {
        Api alice = api.as("alice", "alice-secret-1");
        Api.Result created = alice.post("/api/cases",
                NewCaseBody.titled("Alice's case").with("owner", "securitySolution").body());

        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body().path("created_by").path("username").asText()).isEqualTo("alice");
        assertThat(created.body().path("created_by").path("full_name").asText()).isEqualTo("Alice Analyst");
        assertThat(created.body().path("created_by").path("email").asText()).isEqualTo("alice@example.com");

        Api.Result updated = api.patch("/api/cases", Map.of("cases", List.of(Map.of("id", created.text("id"),
                "version", created.text("version"), "title", "Renamed by elastic"))));
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.body().get(0).path("updated_by").path("username").asText()).isEqualTo("elastic");
        assertThat(updated.body().get(0).path("created_by").path("full_name").asText()).isEqualTo("Alice Analyst");
    }

    @Test
    void statusStaysOpen() {
        assertThat(api.anonymous().get("/api/status").status()).isEqualTo(200);
    }

    @Test
    void alertIngestRefusesSendersWithoutCredentialsByDefault() {
        Api.Result nativeAlert = api.anonymous().post("/api/alerts", Map.of("source", "auth-test",
                "status", "firing", "title", "Disk full"));
        assertThat(nativeAlert.status()).as(nativeAlert.raw()).isEqualTo(401);
        Api.Result pagerDuty = api.anonymous().post("/v2/enqueue", Map.of("routing_key", "r".repeat(32),
                "event_action", "trigger", "payload", Map.of("summary", "CPU high", "source", "host-1",
                        "severity", "critical")));
        assertThat(pagerDuty.status()).as(pagerDuty.raw()).isEqualTo(400);
        assertThat(pagerDuty.body().path("errors").get(0).asText()).isEqualTo("Invalid routing key");
        assertThat(last("anonymous_access_denied").path("reason").asText()).isEqualTo("missing ingest credentials");
    }

    @Test
    void aSenderThatSendsCredentialsIsThatUserAndNeedsAlertsAllToIngest() {
        Map<String, Object> alert = Map.of("source", "auth-test", "status", "firing", "title", "Disk full");

        Api.Result alice = api.as("alice", "alice-secret-1").post("/api/alerts", alert); // soc_analyst: alerts read
        Api.Result wrong = api.as("alice", "wrong-password").post("/api/alerts", alert);
        Api.Result elastic = api.post("/api/alerts", alert);

        assertThat(alice.status()).as(alice.raw()).isEqualTo(403);
        assertThat(alice.text("message")).isEqualTo("Unauthorized to ingest alerts");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(elastic.status()).as(elastic.raw()).isEqualTo(202);
    }

    private static JsonNode last(String event) {
        List<JsonNode> lines = AuditLines.events(engine.auditLog(), event);
        assertThat(lines).as(event + " lines").isNotEmpty();
        return lines.get(lines.size() - 1);
    }
}
