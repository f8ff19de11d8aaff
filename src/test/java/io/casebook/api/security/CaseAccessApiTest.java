package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.CaseFixtures;
import io.casebook.support.Spaces;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.casebook.api.security.TestRoles.caseOf;
import static io.casebook.api.security.TestRoles.comment;
import static io.casebook.api.security.TestRoles.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spaces and owners through the real engine: a space without a role is not there (404), a case of an owner the
 * caller cannot read is refused on every direct request (403 in Kibana's words), and one they can only read is
 * refused on writes.
 */
class CaseAccessApiTest {

    private static TestEngine engine;
    private static Api admin;

    @BeforeAll
    static void start() {
        engine = TestEngine.withRoles(TestRoles.YAML);
        admin = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aSpaceWithoutARoleDoesNotExistForTheCaller() {
        Api soc = admin.actingAs("sam", "soc_only");
        JsonNode elsewhere = caseOf(admin, "other", "cases");
        assertThat(soc.get("/s/soc/api/cases/_find").status()).isEqualTo(200);
        for (String path : List.of("/s/other/api/cases/_find", "/s/other/api/cases/" + elsewhere.path("id").asText(),
                "/api/cases/_find", "/api/cases/tags", "/s/other/api/cases/configure",
                "/s/other/api/actions/connectors", "/s/other/api/alerts/_find", "/api/rules")) {
            Api.Result hidden = soc.get(path);
            assertThat(hidden.status()).as(path).isEqualTo(404);
            assertThat(hidden.text("message")).as(path).isEqualTo("Not Found");
        }
        Api.Result create = soc.post("/s/other/api/cases", AttachmentFixtures.newCase("x", "cases"));
        assertThat(create.status()).isEqualTo(404);
        // A caller whose role names no role the file defines sees no space at all; the status probe is open.
        assertThat(admin.actingAs("ghost", "no_such_role").get("/api/cases/_find").status()).isEqualTo(404);
        assertThat(admin.actingAs("ghost", "no_such_role").get("/api/status").status()).isEqualTo(200);
    }

    @Test
    void everyDirectRequestForACaseOfAnUnreadableOwnerIs403() {
        String space = Spaces.unique("direct");
        String id = caseOf(admin, space, "observability").path("id").asText();
        String base = Spaces.path(space, "/api/cases/" + id);
        // A comment to delete: without one, deleting all comments is a 404 before any check, as in Kibana.
        JsonNode obs = admin.post(base + "/comments", comment("observability")).body();
        Api sec = admin.actingAs("ana", "sec_all");
        String access = "Unauthorized to access case with owners: \"observability\"";
        forbidden(sec.get(base), access);
        // A privilege denied is a security event: the audit log names the caller, the request and the reason.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(java.nio.file.Files.readAllLines(engine.dataDir().resolve("audit.log"))).anySatisfy(line ->
                        assertThat(line).contains("\"access_denied\"").contains("\"ana\"").contains("GET " + base)
                                .contains("Unauthorized to access case")));
        forbidden(sec.get(base + "/comments/_find"), "Unauthorized to access comments with owners: \"observability\"");
        forbidden(sec.get(base + "/comments"), "Unauthorized to access comments with owners: \"observability\"");
        forbidden(sec.get(base + "/alerts"), "Unauthorized to access comments with owners: \"observability\"");
        forbidden(sec.get(base + "/user_actions/_find"),
                "Unauthorized to access user actions with owners: \"observability\"");
        forbidden(sec.get(Spaces.path(space, "/internal/cases/" + id + "/_connectors")),
                "Unauthorized to access user actions with owners: \"observability\"");
        forbidden(sec.post(base + "/comments", comment("observability")),
                "Unauthorized to create comments with owners: \"observability\"");
        forbidden(sec.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(obs, "title", "mine now"))),
                "Unauthorized to update case with owners: \"observability\"");
        forbidden(sec.delete(Spaces.path(space, "/api/cases" + Spaces.query("ids", "[\"" + id + "\"]"))),
                "Unauthorized to delete case with owners: \"observability\"");
        forbidden(sec.delete(base + "/comments"), "Unauthorized to delete comments with owners: \"observability\"");
        forbidden(sec.post(base + "/connector/none/_push", Map.of()),
                "Unauthorized to push case with owners: \"observability\"");
        forbidden(sec.post(Spaces.path(space, "/api/cases"),
                AttachmentFixtures.newCase("x", "observability")),
                "Unauthorized to create case with owners: \"observability\"");
        // Nothing of it changed the case.
        assertThat(admin.get(base).body().path("version").asText()).isEqualTo(obs.path("version").asText());
        assertThat(admin.get(base).body().path("title").asText()).isEqualTo(obs.path("title").asText());
    }

    @Test
    void aCaseTheCallerCanOnlyReadIsRefusedOnWrites() {
        String space = Spaces.unique("readonly");
        JsonNode sec = caseOf(admin, space, "securitySolution");
        String id = sec.path("id").asText();
        Api reader = admin.actingAs("rita", "sec_read");
        assertThat(reader.get(Spaces.path(space, "/api/cases/" + id)).status()).isEqualTo(200);
        assertThat(reader.get(Spaces.path(space, "/api/cases/" + id + "/user_actions/_find")).status()).isEqualTo(200);
        forbidden(reader.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(sec, "title", "renamed"))),
                "Unauthorized to update case with owners: \"securitySolution\"");
        forbidden(reader.post(Spaces.path(space, "/api/cases/" + id + "/comments"), comment("securitySolution")),
                "Unauthorized to create comments with owners: \"securitySolution\"");
        forbidden(reader.post(Spaces.path(space, "/api/cases"),
                AttachmentFixtures.newCase("x", "securitySolution")),
                "Unauthorized to create case with owners: \"securitySolution\"");
    }

    @Test
    void aBatchIsRefusedWholeAndTheRefusalNamesEveryOwnerInIt() {
        String space = Spaces.unique("batch");
        JsonNode sec = caseOf(admin, space, "securitySolution");
        JsonNode obs = caseOf(admin, space, "observability");
        Api analyst = admin.actingAs("ana", "sec_all");
        Api.Result patched = analyst.patch(Spaces.path(space, "/api/cases"), CaseFixtures.patchBody(
                CaseFixtures.change(sec, "title", "one"), CaseFixtures.change(obs, "title", "two")));
        forbidden(patched, "Unauthorized to update case with owners: \"securitySolution, observability\"");
        assertThat(admin.get(Spaces.path(space, "/api/cases/" + sec.path("id").asText())).body().path("title")
                .asText()).isEqualTo(sec.path("title").asText());
    }

    @Test
    void createdByAndUpdatedByAreTheAuthenticatedUser() {
        String space = Spaces.unique("who");
        Api ana = admin.actingAs("ana", "sec_all");
        Api.Result created = ana.post(Spaces.path(space, "/api/cases"),
                AttachmentFixtures.newCase("Mine", "securitySolution"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body().path("created_by").path("username").asText()).isEqualTo("ana");
        Api.Result updated = admin.actingAs("bob", "sec_all").patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(created.body(), "title", "Ours")));
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.body().path(0).path("updated_by").path("username").asText()).isEqualTo("bob");
    }
}
