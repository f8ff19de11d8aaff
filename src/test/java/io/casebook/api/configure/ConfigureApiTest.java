package io.casebook.api.configure;

import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.casebook.api.configure.ConfigureBodies.configuration;
import static io.casebook.api.configure.ConfigureBodies.field;
import static io.casebook.api.configure.ConfigureBodies.space;
import static io.casebook.api.configure.ConfigureBodies.template;
import static org.assertj.core.api.Assertions.assertThat;

/** The configure endpoints over real HTTP: shapes, replace-on-POST, PATCH versions, owners and spaces. */
class ConfigureApiTest {

    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start();
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void postAnswersTheConfigurationInKibanaShapeAndGetListsIt() {
        String s = space();
        Api.Result created = api.post(s + "/api/cases/configure", configuration("cases",
                "customFields", List.of(field("severity_note", "Note", "text", true, "n/a")),
                "templates", List.of(Map.of("key", "tpl", "name", "Phishing", "description", "",
                        "tags", List.of("mail"), "caseFields", Map.of("title", "Phishing report",
                                "customFields", List.of(Map.of("key", "severity_note", "type", "text",
                                        "value", "from template")))))));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body().fieldNames()).toIterable().containsExactly("id", "version", "owner",
                "closure_type", "connector", "customFields", "templates", "mappings", "error", "created_at",
                "created_by", "updated_at", "updated_by", "push_on_change");
        assertThat(created.text("owner")).isEqualTo("cases");
        assertThat(created.text("closure_type")).isEqualTo("close-by-user");
        assertThat(created.body().path("connector")).isEqualTo(Api.json(
                "{\"id\":\"none\",\"name\":\"none\",\"type\":\".none\",\"fields\":null}"));
        assertThat(created.body().path("customFields")).isEqualTo(Api.json(
                "[{\"key\":\"severity_note\",\"label\":\"Note\",\"type\":\"text\",\"required\":true,"
                        + "\"defaultValue\":\"n/a\"}]"));
        assertThat(created.body().path("templates")).isEqualTo(Api.json(
                "[{\"key\":\"tpl\",\"name\":\"Phishing\",\"description\":\"\",\"tags\":[\"mail\"],"
                        + "\"caseFields\":{\"title\":\"Phishing report\",\"customFields\":[{\"key\":\"severity_note\","
                        + "\"type\":\"text\",\"value\":\"from template\"}]}}]"));
        assertThat(created.body().path("mappings").isArray()).isTrue();
        assertThat(created.body().path("mappings")).isEmpty();
        assertThat(created.body().path("error").isNull()).isTrue();
        assertThat(created.body().path("created_by").path("username").asText()).isEqualTo("elastic");
        assertThat(created.body().path("updated_at").isNull()).isTrue();
        assertThat(created.body().path("updated_by").isNull()).isTrue();

        Api.Result listed = api.get(s + "/api/cases/configure");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.body().get(0)).isEqualTo(created.body());
    }

    @Test
    void getWithoutAnyConfigurationIsAnEmptyArrayNotACaseLookup() {
        Api.Result listed = api.get(space() + "/api/cases/configure");
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().isArray()).isTrue();
        assertThat(listed.body()).isEmpty();
    }

    @Test
    void postReplacesTheOwnersConfigurationWithANewId() {
        String s = space();
        Api.Result first = api.post(s + "/api/cases/configure", configuration("cases",
                "customFields", List.of(field("a", "text", false))));
        Api.Result second = api.post(s + "/api/cases/configure", configuration("cases",
                "closure_type", "close-by-pushing"));
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(second.text("id")).isNotEqualTo(first.text("id"));
        assertThat(second.body().path("customFields")).isEmpty();

        Api.Result listed = api.get(s + "/api/cases/configure");
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.body().get(0).path("id").asText()).isEqualTo(second.text("id"));
        assertThat(listed.body().get(0).path("closure_type").asText()).isEqualTo("close-by-pushing");

        Api.Result patchOld = api.patch(s + "/api/cases/configure/" + first.text("id"),
                Map.of("version", first.text("version"), "closure_type", "close-by-user"));
        assertThat(patchOld.status()).isEqualTo(404);
    }

    @Test
    void oneConfigurationPerOwnerAndTheOwnerFilterSelects() {
        String s = space();
        api.post(s + "/api/cases/configure", configuration("cases"));
        api.post(s + "/api/cases/configure", configuration("securitySolution"));
        api.post(s + "/api/cases/configure", configuration("securitySolution"));

        assertThat(api.get(s + "/api/cases/configure").body()).extracting(n -> n.path("owner").asText())
                .containsExactly("cases", "securitySolution");
        assertThat(api.get(s + "/api/cases/configure?owner=securitySolution").body())
                .extracting(n -> n.path("owner").asText()).containsExactly("securitySolution");
        assertThat(api.get(s + "/api/cases/configure?owner=cases&owner=observability").body())
                .extracting(n -> n.path("owner").asText()).containsExactly("cases");
        assertThat(api.get(s + "/api/cases/configure?owner=unknownOwner").body()).isEmpty();
    }

    @Test
    void concurrentPostsLeaveExactlyOneConfigurationForTheOwner() throws Exception {
        String s = space();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Result>> posts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                posts.add(pool.submit(() -> api.post(s + "/api/cases/configure", configuration("cases"))));
            }
            for (Future<Api.Result> post : posts) {
                Api.Result result = post.get(30, TimeUnit.SECONDS);
                assertThat(result.status()).as(result.raw()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(s + "/api/cases/configure").body()).hasSize(1);
    }

    @Test
    void getRefusesUnknownQueryKeys() {
        Api.Result refused = api.get(space() + "/api/cases/configure?foo=bar");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("invalid keys \"foo\"");
    }

    @Test
    void patchChangesOnlyWhatIsSentAndBumpsTheVersion() {
        String s = space();
        Api.Result created = api.post(s + "/api/cases/configure", configuration("cases",
                "customFields", List.of(field("a", "text", false)), "templates", List.of(template("t1",
                        Map.of("customFields", List.of(Map.of("key", "a", "type", "text", "value", "A")))))));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        Api.Result patched = api.patch(s + "/api/cases/configure/" + created.text("id"),
                Map.of("version", created.text("version"), "closure_type", "close-by-pushing"));
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        assertThat(patched.text("id")).isEqualTo(created.text("id"));
        assertThat(patched.text("version")).isNotEqualTo(created.text("version"));
        assertThat(patched.text("closure_type")).isEqualTo("close-by-pushing");
        assertThat(patched.body().path("customFields")).isEqualTo(created.body().path("customFields"));
        assertThat(patched.body().path("templates")).isEqualTo(created.body().path("templates"));
        assertThat(patched.text("created_at")).isEqualTo(created.text("created_at"));
        assertThat(patched.text("updated_at")).isNotEmpty();
        assertThat(patched.body().path("updated_by").path("username").asText()).isEqualTo("elastic");
        assertThat(api.get(s + "/api/cases/configure").body().get(0)).isEqualTo(patched.body());
    }

    @Test
    void patchWithAStaleVersionIsAConflictAndChangesNothing() {
        String s = space();
        Api.Result created = api.post(s + "/api/cases/configure", configuration("cases"));
        String path = s + "/api/cases/configure/" + created.text("id");
        Api.Result first = api.patch(path, Map.of("version", created.text("version"),
                "closure_type", "close-by-pushing"));
        assertThat(first.status()).isEqualTo(200);

        Api.Result stale = api.patch(path, Map.of("version", created.text("version"),
                "closure_type", "close-by-user"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("error").asText()).isEqualTo("Conflict");
        assertThat(stale.text("message"))
                .isEqualTo("This configuration has been updated. Please refresh before saving additional updates.");
        Api.Result garbage = api.patch(path, Map.of("version", "not-a-version", "closure_type", "close-by-user"));
        assertThat(garbage.status()).isEqualTo(409);
        assertThat(api.get(s + "/api/cases/configure").body().get(0)).isEqualTo(first.body());
    }

    @Test
    void patchOfAnUnknownIdIs404AndVersionIsRequired() {
        Api.Result missing = api.patch(space() + "/api/cases/configure/nope",
                Map.of("version", "WzEsMV0=", "closure_type", "close-by-user"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("message")).isEqualTo("Saved object [cases-configure/nope] not found");

        Api.Result noVersion = api.patch(space() + "/api/cases/configure/nope", Map.of("closure_type", "close-by-user"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.text("message")).isEqualTo("Invalid value \"undefined\" supplied to \"version\"");
    }

    @Test
    void aConfigurationBelongsToItsSpace() {
        String s1 = space();
        String s2 = space();
        Api.Result created = api.post(s1 + "/api/cases/configure", configuration("cases"));
        assertThat(api.get(s2 + "/api/cases/configure").body()).isEmpty();
        assertThat(api.get("/api/cases/configure").body()).extracting(n -> n.path("id").asText())
                .doesNotContain(created.text("id"));
        Api.Result crossSpace = api.patch(s2 + "/api/cases/configure/" + created.text("id"),
                Map.of("version", created.text("version"), "closure_type", "close-by-pushing"));
        assertThat(crossSpace.status()).isEqualTo(404);
    }

    @Test
    void unknownOwnerIsForbiddenAndUnknownKeysAreRefused() {
        Api.Result forbidden = api.post(space() + "/api/cases/configure", configuration("nobody"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text("message"))
                .isEqualTo("Unauthorized to create case configuration with owners: \"nobody\"");

        Api.Result extra = api.post(space() + "/api/cases/configure", configuration("cases", "foo", 1));
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.text("message")).isEqualTo("invalid keys \"foo\"");

        Map<String, Object> badField = field("a", "text", false);
        badField.put("colour", "red");
        Api.Result nested = api.post(space() + "/api/cases/configure",
                configuration("cases", "customFields", List.of(badField)));
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.text("message")).isEqualTo("invalid keys \"colour\"");

        Api.Result patchExtra = api.patch(space() + "/api/cases/configure/x", Map.of("version", "v", "owner", "cases"));
        assertThat(patchExtra.status()).isEqualTo(400);
        assertThat(patchExtra.text("message")).isEqualTo("invalid keys \"owner\"");
    }

    @Test
    void requiredPartsAndClosureTypeAreChecked() {
        Map<String, Object> noClosure = configuration("cases");
        noClosure.remove("closure_type");
        Api.Result missing = api.post(space() + "/api/cases/configure", noClosure);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("message")).isEqualTo("Invalid value \"undefined\" supplied to \"closure_type\"");

        Api.Result bad = api.post(space() + "/api/cases/configure",
                configuration("cases", "closure_type", "close-by-magic"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("message")).isEqualTo("Invalid value \"close-by-magic\" supplied to \"closure_type\"");

        Map<String, Object> noConnector = configuration("cases");
        noConnector.remove("connector");
        Api.Result noConn = api.post(space() + "/api/cases/configure", noConnector);
        assertThat(noConn.status()).isEqualTo(400);
        assertThat(noConn.text("message")).isEqualTo("Invalid value \"undefined\" supplied to \"connector\"");

        Api.Result noXsrf = api.postWithoutXsrf(space() + "/api/cases/configure", configuration("cases"));
        assertThat(noXsrf.status()).isEqualTo(400);
    }

    @Test
    void changingAFieldTypeIsRefusedAndNothingChanges() {
        String s = space();
        Api.Result created = api.post(s + "/api/cases/configure", configuration("cases",
                "customFields", List.of(field("a", "Field A", "text", false, null))));
        Api.Result refused = api.patch(s + "/api/cases/configure/" + created.text("id"), Map.of(
                "version", created.text("version"),
                "customFields", List.of(field("a", "Field A", "toggle", false, null))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message"))
                .isEqualTo("Invalid custom field types in request for the following labels: \"Field A\"");
        assertThat(api.get(s + "/api/cases/configure").body().get(0)).isEqualTo(created.body());

        Api.Result renamed = api.patch(s + "/api/cases/configure/" + created.text("id"), Map.of(
                "version", created.text("version"),
                "customFields", List.of(field("a", "Renamed", "text", true, "x"), field("b", "toggle", false))));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(renamed.body().path("customFields")).hasSize(2);
    }

    @Test
    void patchKeepsTemplatesInStepWithTheFields() {
        String s = space();
        Api.Result created = api.post(s + "/api/cases/configure", configuration("cases",
                "customFields", List.of(field("a", "text", false)),
                "templates", List.of(template("t1", Map.of("customFields",
                        List.of(Map.of("key", "a", "type", "text", "value", "A")))))));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        Api.Result patched = api.patch(s + "/api/cases/configure/" + created.text("id"), Map.of(
                "version", created.text("version"),
                "customFields", List.of(field("b", "toggle", false), field("c", "Label c", "number", false, 7))));
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        assertThat(patched.body().at("/templates/0/caseFields/customFields")).isEqualTo(Api.json(
                "[{\"key\":\"b\",\"type\":\"toggle\",\"value\":false},{\"key\":\"c\",\"type\":\"number\",\"value\":7}]"));
    }

    @Test
    void configureIsNotTakenForACaseId() {
        // GET /api/cases/{caseId} must not swallow the literal segment: this would be a 404 for case "configure".
        Api.Result listed = api.get("/api/cases/configure");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().isArray()).isTrue();
        Api.Result aCase = api.get("/api/cases/configured");
        assertThat(aCase.status()).isEqualTo(404);
        assertThat(aCase.text("message")).isEqualTo("Saved object [cases/configured] not found");
    }
}
