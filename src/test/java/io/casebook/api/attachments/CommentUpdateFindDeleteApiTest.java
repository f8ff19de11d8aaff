package io.casebook.api.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.casebook.support.AttachmentFixtures.alerts;
import static io.casebook.support.AttachmentFixtures.newCase;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/** Updating, finding and deleting comments through the real HTTP API, with their versions and totals. */
class CommentUpdateFindDeleteApiTest {

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

    static JsonNode createCase() {
        Api.Result created = api.post("/api/cases", newCase("Comments", "cases"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }

    static Api.Result comment(String caseId, Object body) {
        return api.post("/api/cases/" + caseId + "/comments", body);
    }

    @Test
    void patchReplacesTheCommentAndBumpsBothVersions() {
        String caseId = createCase().path("id").asText();
        JsonNode before = comment(caseId, userComment("draft")).body();
        JsonNode attachment = before.path("comments").get(0);

        Api.Result patched = api.patch("/api/cases/" + caseId + "/comments", Map.of("id", attachment.path("id").asText(),
                "version", attachment.path("version").asText(), "type", "user", "comment", "final", "owner", "cases"));

        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        assertThat(patched.body().path("version").asText()).isNotEqualTo(before.path("version").asText());
        assertThat(patched.body().path("totalComment").asInt()).isEqualTo(1);
        JsonNode updated = patched.body().path("comments").get(0);
        assertThat(updated.path("comment").asText()).isEqualTo("final");
        assertThat(updated.path("version").asText()).isNotEqualTo(attachment.path("version").asText());
        assertThat(updated.path("updated_by").path("username").asText()).isEqualTo("elastic");
        assertThat(updated.path("created_at").asText()).isEqualTo(attachment.path("created_at").asText());
    }

    @Test
    void patchWithAStaleVersionIsAConflictAndChangesNothing() {
        String caseId = createCase().path("id").asText();
        JsonNode attachment = comment(caseId, userComment("v1")).body().path("comments").get(0);
        Map<String, Object> first = Map.of("id", attachment.path("id").asText(), "version",
                attachment.path("version").asText(), "type", "user", "comment", "v2", "owner", "cases");
        assertThat(api.patch("/api/cases/" + caseId + "/comments", first).status()).isEqualTo(200);

        Map<String, Object> stale = Map.of("id", attachment.path("id").asText(), "version",
                attachment.path("version").asText(), "type", "user", "comment", "v3", "owner", "cases");
        Api.Result conflict = api.patch("/api/cases/" + caseId + "/comments", stale);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("message"))
                .isEqualTo("This case has been updated. Please refresh before saving additional updates.");
        assertThat(api.get("/api/cases/" + caseId + "/comments/" + attachment.path("id").asText()).body()
                .path("comment").asText()).isEqualTo("v2");
    }

    @Test
    void patchCannotChangeTypeOrOwnerAndNeedsAKnownId() {
        String caseId = createCase().path("id").asText();
        JsonNode attachment = comment(caseId, userComment("v1")).body().path("comments").get(0);
        String id = attachment.path("id").asText();
        String version = attachment.path("version").asText();
        String path = "/api/cases/" + caseId + "/comments";

        Map<String, Object> toAlert = new HashMap<>(alerts("a-1", "idx"));
        toAlert.put("id", id);
        toAlert.put("version", version);
        Api.Result typeChange = api.patch(path, toAlert);
        assertThat(typeChange.status()).isEqualTo(400);
        assertThat(typeChange.text("message")).isEqualTo("You cannot change the type of the comment.");

        Api.Result ownerChange = api.patch(path, Map.of("id", id, "version", version, "type", "user",
                "comment", "v2", "owner", "securitySolution"));
        assertThat(ownerChange.status()).isEqualTo(400);
        assertThat(ownerChange.text("message")).isEqualTo("You cannot change the owner of the comment.");

        Api.Result unknown = api.patch(path, Map.of("id", "nope", "version", version, "type", "user",
                "comment", "v2", "owner", "cases"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("message")).isEqualTo("Saved object [cases-comments/nope] not found");

        Api.Result noVersion = api.patch(path, Map.of("id", id, "type", "user", "comment", "v2", "owner", "cases"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.text("message")).isEqualTo("Invalid value \"undefined\" supplied to \"version\"");
    }

    @Test
    void findPagesUserCommentsOnly() {
        String caseId = createCase().path("id").asText();
        for (int i = 1; i <= 5; i++) {
            assertThat(comment(caseId, userComment("comment " + i)).status()).isEqualTo(200);
        }
        assertThat(comment(caseId, alerts("find-alert", "idx")).status()).isEqualTo(200);

        Api.Result page2 = api.get("/api/cases/" + caseId + "/comments/_find?page=2&perPage=2");
        assertThat(page2.status()).isEqualTo(200);
        assertThat(page2.body().path("page").asInt()).isEqualTo(2);
        assertThat(page2.body().path("per_page").asInt()).isEqualTo(2);
        assertThat(page2.body().path("total").asInt()).isEqualTo(5);
        assertThat(page2.body().path("comments")).extracting(n -> n.path("comment").asText())
                .containsExactly("comment 3", "comment 4");

        Api.Result desc = api.get("/api/cases/" + caseId + "/comments/_find?perPage=100&sortOrder=desc");
        assertThat(desc.body().path("comments")).extracting(n -> n.path("comment").asText())
                .containsExactly("comment 5", "comment 4", "comment 3", "comment 2", "comment 1");

        Api.Result tooMany = api.get("/api/cases/" + caseId + "/comments/_find?perPage=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("message"))
                .isEqualTo("The provided perPage value is too high. The maximum allowed perPage value is 100.");
    }

    @Test
    void deletingOneCommentRecountsTheCase() {
        String caseId = createCase().path("id").asText();
        String keep = comment(caseId, userComment("keep")).body().path("comments").get(0).path("id").asText();
        JsonNode afterSecond = comment(caseId, userComment("drop")).body();
        String drop = afterSecond.path("comments").get(1).path("id").asText();

        Api.Result deleted = api.delete("/api/cases/" + caseId + "/comments/" + drop);
        assertThat(deleted.status()).isEqualTo(204);

        JsonNode theCase = api.get("/api/cases/" + caseId).body();
        assertThat(theCase.path("totalComment").asInt()).isEqualTo(1);
        assertThat(theCase.path("version").asText()).isNotEqualTo(afterSecond.path("version").asText());
        assertThat(api.get("/api/cases/" + caseId + "/comments/" + drop).status()).isEqualTo(404);
        assertThat(api.get("/api/cases/" + caseId + "/comments/" + keep).status()).isEqualTo(200);

        String otherCase = createCase().path("id").asText();
        Api.Result wrongCase = api.delete("/api/cases/" + otherCase + "/comments/" + keep);
        assertThat(wrongCase.status()).isEqualTo(404);
        assertThat(wrongCase.text("message")).isEqualTo("This comment " + keep + " does not exist in " + otherCase + ".");
    }

    @Test
    void deletingAllCommentsEmptiesTheCase() {
        String caseId = createCase().path("id").asText();
        comment(caseId, userComment("one"));
        comment(caseId, userComment("two"));
        comment(caseId, alerts(List.of("del-all-1", "del-all-2"), List.of("i", "i")));

        assertThat(api.delete("/api/cases/" + caseId + "/comments").status()).isEqualTo(204);

        JsonNode theCase = api.get("/api/cases/" + caseId).body();
        assertThat(theCase.path("totalComment").asInt()).isZero();
        assertThat(theCase.path("totalAlerts").asInt()).isZero();
        assertThat(api.get("/api/cases/" + caseId + "/comments").body()).isEmpty();

        Api.Result none = api.delete("/api/cases/" + caseId + "/comments");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.text("message")).isEqualTo("No comments found for " + caseId + ".");
    }
}
