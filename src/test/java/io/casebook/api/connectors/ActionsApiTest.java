package io.casebook.api.connectors;

import io.casebook.EngineOverrides;
import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.CasebookApp;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.Spaces;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.casebook.api.connectors.ConnectorBodies.SECRET;
import static io.casebook.api.connectors.ConnectorBodies.jira;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's actions API over the real engine: types, CRUD per space, preconfigured read-only connectors from a
 * file with an {@code ${env:...}} secret, and secrets that no response shows and the database holds encrypted.
 */
class ActionsApiTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static TestEngine engine;
    private final List<Api.Result> responses = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("connectors");
        Files.writeString(dir.resolve("jira-prod.yaml"), """
                name: Jira production
                type: .jira
                config:
                  apiUrl: https://jira.example.com
                  projectKey: PROD
                secrets:
                  email: ${env:JIRA_EMAIL}
                  apiToken: ${env:JIRA_TOKEN}
                """);
        Map<String, String> env = Map.of("JIRA_EMAIL", "bot@example.com", "JIRA_TOKEN", SECRET + "from-env");
        Map<String, String> settings = new HashMap<>(DB.settings());
        settings.put("casebook.connectors.dir", dir.toString());
        engine = TestEngine.start(settings, new EngineOverrides(null, null, env::get));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** Whatever the test did, no response body carried a secret value. */
    @AfterEach
    void noResponseShowsASecret() {
        assertThat(responses).isNotEmpty();
        responses.forEach(r -> assertThat(r.raw() == null ? "" : r.raw()).doesNotContain(SECRET));
    }

    private Api.Result seen(Api.Result result) {
        responses.add(result);
        return result;
    }

    private Api api() {
        return engine.api();
    }

    @Test
    void listsTheBuiltInTypes() {
        Api.Result types = seen(api().get("/api/actions/connector_types"));
        assertThat(types.status()).isEqualTo(200);
        assertThat(ids(types.body(), "id")).contains(".jira", ".servicenow", ".servicenow-sir", ".thehive",
                ".cases-webhook");
        JsonNode jiraType = find(types.body(), "id", ".jira");
        assertThat(jiraType.path("name").asText()).isEqualTo("Jira");
        assertThat(jiraType.path("enabled").asBoolean()).isTrue();
        assertThat(jiraType.path("enabled_in_config").asBoolean()).isTrue();
        assertThat(jiraType.path("enabled_in_license").asBoolean()).isTrue();
        assertThat(jiraType.path("minimum_license_required").asText()).isEqualTo("gold");
        assertThat(ids(jiraType.path("supported_feature_ids"), null)).contains("cases");
    }

    @Test
    void createsGetsUpdatesAndDeletesAConnector() {
        String space = Spaces.unique("conn");
        Api.Result created = seen(api().post(Spaces.path(space, "/api/actions/connector"), jira("Jira ops")));
        assertThat(created.status()).isEqualTo(200);
        String id = created.text("id");
        assertThat(created.text("connector_type_id")).isEqualTo(".jira");
        assertThat(created.body().path("config").path("projectKey").asText()).isEqualTo("OPS");
        assertThat(created.body().path("is_preconfigured").asBoolean()).isFalse();
        assertThat(created.body().path("is_missing_secrets").asBoolean()).isFalse();
        assertThat(created.body().has("secrets")).isFalse();

        Api.Result fetched = seen(api().get(Spaces.path(space, "/api/actions/connector/" + id)));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.text("name")).isEqualTo("Jira ops");

        Api.Result updated = seen(api().put(Spaces.path(space, "/api/actions/connector/" + id),
                ConnectorBodies.update("Jira ops 2", Map.of("apiUrl", "https://jira2.example.com",
                        "projectKey", "OPS2"), Map.of("email", "b@example.com", "apiToken", SECRET + "new"))));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(seen(api().get(Spaces.path(space, "/api/actions/connector/" + id))).body()
                .path("config").path("projectKey").asText()).isEqualTo("OPS2");

        Api.Result listed = seen(api().get(Spaces.path(space, "/api/actions/connectors")));
        JsonNode entry = find(listed.body(), "id", id);
        assertThat(entry.path("name").asText()).isEqualTo("Jira ops 2");
        assertThat(entry.path("referenced_by_count").isInt()).isTrue();
        assertThat(entry.path("is_system").asBoolean()).isFalse();

        assertThat(seen(api().delete(Spaces.path(space, "/api/actions/connector/" + id))).status()).isEqualTo(204);
        Api.Result gone = seen(api().get(Spaces.path(space, "/api/actions/connector/" + id)));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("message")).isEqualTo("Saved object [action/" + id + "] not found");
    }

    @Test
    void createsWithAGivenIdOnceOnly() {
        String space = Spaces.unique("conn");
        String path = Spaces.path(space, "/api/actions/connector/my-jira");
        assertThat(seen(api().post(path, jira("Mine"))).status()).isEqualTo(200);
        assertThat(seen(api().get(path)).text("id")).isEqualTo("my-jira");
        Api.Result again = seen(api().post(path, jira("Mine again")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("message")).isEqualTo("Saved object [action/my-jira] conflict");
    }

    @Test
    void unknownConnectorsAre404() {
        assertThat(seen(api().get("/api/actions/connector/nope")).status()).isEqualTo(404);
        assertThat(seen(api().put("/api/actions/connector/nope", ConnectorBodies.update("x", Map.of(), Map.of())))
                .status()).isEqualTo(404);
        assertThat(seen(api().delete("/api/actions/connector/nope")).status()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownTypeClearly() {
        Api.Result refused = seen(api().post("/api/actions/connector",
                ConnectorBodies.create("x", ".nope", Map.of(), Map.of())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("Action type \".nope\" is not registered.");
    }

    @Test
    void refusesInvalidConfigAndSecretsNamingTheOption() {
        Api.Result missing = seen(api().post("/api/actions/connector", ConnectorBodies.create("x", ".jira",
                Map.of("apiUrl", "https://jira.example.com"), Map.of("email", "e", "apiToken", SECRET + "t"))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("message")).isEqualTo(
                "error validating action type config: [projectKey]: expected value of type [string] but got [undefined]");

        Api.Result wrongType = seen(api().post("/api/actions/connector", ConnectorBodies.create("x", ".servicenow",
                Map.of("apiUrl", "https://sn.example.com", "isOAuth", "yes"),
                Map.of("username", "u", "password", SECRET + "p"))));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text("message")).isEqualTo(
                "error validating action type config: [isOAuth]: expected value of type [boolean] but got [string]");

        Api.Result unknownSecret = seen(api().post("/api/actions/connector", ConnectorBodies.create("x", ".thehive",
                Map.of("url", "https://hive.example.com"), Map.of("apiKey", SECRET + "k", "token", SECRET + "x"))));
        assertThat(unknownSecret.status()).isEqualTo(400);
        assertThat(unknownSecret.text("message")).isEqualTo(
                "error validating action type secrets: [token]: definition for this key is missing");

        Api.Result crossField = seen(api().post("/api/actions/connector", ConnectorBodies.create("x", ".servicenow",
                Map.of("apiUrl", "https://sn.example.com"), Map.of("username", "u"))));
        assertThat(crossField.text("message")).isEqualTo(
                "error validating action type connector: username and password must both be specified");

        Api.Result noName = seen(api().post("/api/actions/connector",
                Map.of("connector_type_id", ".jira", "config", Map.of(), "secrets", Map.of())));
        assertThat(noName.text("message"))
                .isEqualTo("[request body.name]: expected value of type [string] but got [undefined]");
        assertThat(seen(api().get("/api/actions/connectors")).body()).noneMatch(c -> c.path("name").asText()
                .equals("x"));
    }

    @Test
    void mutatingCallsNeedKbnXsrf() {
        Api.Result refused = seen(api().postWithoutXsrf("/api/actions/connector", jira("no xsrf")));
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void preconfiguredConnectorsAreListedInEverySpaceAndReadOnly() {
        for (String space : List.of("default", Spaces.unique("pre"))) {
            JsonNode pre = find(seen(api().get(Spaces.path(space, "/api/actions/connectors"))).body(),
                    "id", "jira-prod");
            assertThat(pre.path("name").asText()).isEqualTo("Jira production");
            assertThat(pre.path("connector_type_id").asText()).isEqualTo(".jira");
            assertThat(pre.path("is_preconfigured").asBoolean()).isTrue();
        }
        assertThat(seen(api().get("/api/actions/connector/jira-prod")).text("name")).isEqualTo("Jira production");

        Api.Result put = seen(api().put("/api/actions/connector/jira-prod", ConnectorBodies.update("x",
                Map.of("apiUrl", "https://jira.example.com", "projectKey", "X"),
                Map.of("email", "e", "apiToken", SECRET + "t"))));
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.text("message")).isEqualTo("Preconfigured action jira-prod can not be updated.");
        Api.Result delete = seen(api().delete("/api/actions/connector/jira-prod"));
        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.text("message")).isEqualTo("Preconfigured action jira-prod is not allowed to delete.");
        Api.Result taken = seen(api().post("/api/actions/connector/jira-prod", jira("clash")));
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void spacesSeeOnlyTheirOwnConnectors() {
        String a = Spaces.unique("a");
        String b = Spaces.unique("b");
        String id = seen(api().post(Spaces.path(a, "/api/actions/connector"), jira("Only in A"))).text("id");
        assertThat(ids(seen(api().get(Spaces.path(a, "/api/actions/connectors"))).body(), "id")).contains(id);
        assertThat(ids(seen(api().get(Spaces.path(b, "/api/actions/connectors"))).body(), "id"))
                .doesNotContain(id).contains("jira-prod");
        assertThat(seen(api().get(Spaces.path(b, "/api/actions/connector/" + id))).status()).isEqualTo(404);
        assertThat(seen(api().delete(Spaces.path(b, "/api/actions/connector/" + id))).status()).isEqualTo(404);
        assertThat(seen(api().get(Spaces.path(a, "/api/actions/connector/" + id))).status()).isEqualTo(200);
    }

    @Test
    void caseConnectorsFindListsCaseCapableConnectorsInKibanasShape() {
        String space = Spaces.unique("cases");
        String id = seen(api().post(Spaces.path(space, "/api/actions/connector"), jira("Jira for cases"))).text("id");
        Api.Result found = seen(api().get(Spaces.path(space, "/api/cases/configure/connectors/_find")));
        assertThat(found.status()).isEqualTo(200);
        JsonNode mine = find(found.body(), "id", id);
        assertThat(mine.path("actionTypeId").asText()).isEqualTo(".jira");
        assertThat(mine.path("config").path("apiUrl").asText()).isEqualTo("https://jira.example.com");
        assertThat(mine.path("isPreconfigured").asBoolean()).isFalse();
        assertThat(mine.path("isDeprecated").asBoolean()).isFalse();
        assertThat(mine.path("isMissingSecrets").asBoolean()).isFalse();
        assertThat(mine.path("referencedByCount").isInt()).isTrue();
        assertThat(find(found.body(), "id", "jira-prod").path("isPreconfigured").asBoolean()).isTrue();
    }

    @Test
    void secretsAreStoredEncrypted() {
        String space = Spaces.unique("enc");
        String id = seen(api().post(Spaces.path(space, "/api/actions/connector"), jira("Encrypted"))).text("id");
        List<Map<String, Object>> rows = DB.query("SELECT * FROM connectors WHERE id = ?", id);
        assertThat(rows).hasSize(1);
        String row = rows.get(0).toString();
        assertThat(row).contains("OPS").doesNotContain(SECRET).doesNotContain("jira-token")
                .doesNotContain("apiToken");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.path(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError(value + " not in " + array));
    }

    private static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> field == null ? n.asText() : n.path(field).asText()).toList();
    }
}
