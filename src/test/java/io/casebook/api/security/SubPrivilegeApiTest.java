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
 * Kibana's sub-features: {@code all} without them creates, updates and pushes, but deleting, the settings,
 * comments, reopening and assigning each need their own; {@code read} with reopen and assign can do just that.
 */
class SubPrivilegeApiTest {

    private static final String OWNERS = "with owners: \"securitySolution\"";

    private static TestEngine engine;
    private static Api admin;
    private static Api baseOnly;

    @BeforeAll
    static void start() {
        engine = TestEngine.withRoles(TestRoles.YAML);
        admin = engine.api();
        baseOnly = admin.actingAs("bea", "sec_base_only");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void theBasePrivilegeCreatesAndUpdates() {
        String space = Spaces.unique("base");
        Api.Result created = baseOnly.post(Spaces.path(space, "/api/cases"),
                AttachmentFixtures.newCase("Mine", "securitySolution"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        Api.Result updated = baseOnly.patch(Spaces.path(space, "/api/cases"), CaseFixtures.patchBody(
                CaseFixtures.change(created.body(), "title", "Renamed", "status", "closed")));
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
    }

    @Test
    void deletingCasesAndCommentsNeedsDelete() {
        String space = Spaces.unique("delete");
        JsonNode c = caseOf(admin, space, "securitySolution");
        String id = c.path("id").asText();
        JsonNode withComment = admin.post(Spaces.path(space, "/api/cases/" + id + "/comments"),
                comment("securitySolution")).body();
        String commentId = withComment.path("comments").path(0).path("id").asText();
        forbidden(baseOnly.delete(Spaces.path(space, "/api/cases" + Spaces.query("ids", "[\"" + id + "\"]"))),
                "Unauthorized to delete case " + OWNERS);
        forbidden(baseOnly.delete(Spaces.path(space, "/api/cases/" + id + "/comments/" + commentId)),
                "Unauthorized to delete comments " + OWNERS);
        assertThat(admin.get(Spaces.path(space, "/api/cases/" + id)).body().path("totalComment").asInt()).isEqualTo(1);
        Api.Result deleted = admin.actingAs("ana", "sec_all")
                .delete(Spaces.path(space, "/api/cases" + Spaces.query("ids", "[\"" + id + "\"]")));
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(204);
    }

    @Test
    void writingTheSettingsNeedsSettings() {
        String space = Spaces.unique("settings");
        Map<String, Object> body = Map.of("owner", "securitySolution", "closure_type", "close-by-user",
                "connector", Map.of("id", "none", "name", "none", "type", ".none"));
        forbidden(baseOnly.post(Spaces.path(space, "/api/cases/configure"), body),
                "Unauthorized to create case configuration " + OWNERS);
        JsonNode created = admin.post(Spaces.path(space, "/api/cases/configure"), body).body();
        forbidden(baseOnly.patch(Spaces.path(space, "/api/cases/configure/" + created.path("id").asText()),
                Map.of("version", created.path("version").asText(), "closure_type", "close-by-pushing")),
                "Unauthorized to update case configuration " + OWNERS);
        // Reading them comes with the base privilege.
        assertThat(baseOnly.get(Spaces.path(space, "/api/cases/configure")).body()).hasSize(1);
    }

    @Test
    void commentsAndAlertsNeedCreateComment() {
        String space = Spaces.unique("comment");
        String id = caseOf(admin, space, "securitySolution").path("id").asText();
        forbidden(baseOnly.post(Spaces.path(space, "/api/cases/" + id + "/comments"), comment("securitySolution")),
                "Unauthorized to create comments " + OWNERS);
        forbidden(baseOnly.post(Spaces.path(space, "/api/cases/" + id + "/comments"),
                AttachmentFixtures.alerts("a-1", ".alerts-default", "securitySolution")),
                "Unauthorized to create comments " + OWNERS);
        assertThat(admin.actingAs("ana", "sec_all").post(Spaces.path(space, "/api/cases/" + id + "/comments"),
                comment("securitySolution")).status()).isEqualTo(200);
    }

    @Test
    void reopeningNeedsReopenAndAssigningNeedsAssign() {
        String space = Spaces.unique("reopen");
        JsonNode c = caseOf(admin, space, "securitySolution");
        JsonNode closed = admin.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(c, "status", "closed"))).body().path(0);
        forbidden(baseOnly.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(closed, "status", "open"))),
                "Unauthorized to update case " + OWNERS);
        forbidden(baseOnly.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(closed, "assignees", List.of(Map.of("uid", "u-1"))))),
                "Unauthorized to update case " + OWNERS);

        // Read plus the reopen and assign sub-features: a patch that only reopens, or only reassigns, passes ...
        Api reopener = admin.actingAs("rex", "sec_reopener");
        Api.Result reopened = reopener.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(closed, "status", "in-progress")));
        assertThat(reopened.status()).as(reopened.raw()).isEqualTo(200);
        JsonNode open = reopened.body().path(0);
        Api.Result assigned = reopener.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(open, "assignees", List.of(Map.of("uid", "u-1")))));
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
        // ... but not one that also changes anything else, nor a status change that is not a reopening.
        JsonNode now = assigned.body().path(0);
        forbidden(reopener.patch(Spaces.path(space, "/api/cases"), CaseFixtures.patchBody(
                CaseFixtures.change(now, "assignees", List.of(), "title", "sneaky"))),
                "Unauthorized to update case " + OWNERS);
        forbidden(reopener.patch(Spaces.path(space, "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(now, "status", "closed"))),
                "Unauthorized to update case " + OWNERS);
    }
}
