package io.casebook.api.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.casebook.support.AttachmentFixtures.alerts;
import static io.casebook.support.AttachmentFixtures.newCase;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code comment} user actions written with each attachment change, read from the store itself (this
 * branch has no user-actions endpoint to read them through).
 */
class AttachmentUserActionsTest {

    static InspectableDatabase db;
    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        db = InspectableDatabase.fresh();
        engine = TestEngine.start(db.settings());
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static List<Map<String, Object>> commentActions(String caseId) {
        return db.query("SELECT action, payload, comment_id, owner FROM case_user_actions "
                + "WHERE case_id = ? AND type = 'comment' ORDER BY seq", caseId);
    }

    @Test
    void createUpdateAndDeleteEachWriteOneActionWithTheAttachmentAsSent() {
        String caseId = api.post("/api/cases", newCase("Activity", "cases")).text("id");
        JsonNode attachment = api.post("/api/cases/" + caseId + "/comments", userComment("first")).body()
                .path("comments").get(0);
        String id = attachment.path("id").asText();
        api.patch("/api/cases/" + caseId + "/comments", Map.of("id", id, "version",
                attachment.path("version").asText(), "type", "user", "comment", "second", "owner", "cases"));
        api.delete("/api/cases/" + caseId + "/comments/" + id);

        List<Map<String, Object>> actions = commentActions(caseId);

        assertThat(actions).extracting(a -> a.get("action")).containsExactly("create", "update", "delete");
        assertThat(actions).allSatisfy(a -> {
            assertThat(a.get("comment_id")).isEqualTo(id);
            assertThat(a.get("owner")).isEqualTo("cases");
        });
        assertThat(Api.json((String) actions.get(0).get("payload")))
                .isEqualTo(Api.json("{\"comment\":{\"comment\":\"first\",\"type\":\"user\",\"owner\":\"cases\"}}"));
        assertThat(Api.json((String) actions.get(1).get("payload")).at("/comment/comment").asText()).isEqualTo("second");
        assertThat(Api.json((String) actions.get(2).get("payload")).at("/comment/comment").asText()).isEqualTo("second");
    }

    @Test
    void alertActionsCarryOnlyTheAlertsAttached() {
        String caseId = api.post("/api/cases", newCase("Alert activity", "cases")).text("id");
        api.post("/api/cases/" + caseId + "/comments", alerts("ua-1", "idx"));
        api.post("/api/cases/" + caseId + "/comments", alerts(List.of("ua-1", "ua-2"), List.of("idx", "idx")));
        api.post("/api/cases/" + caseId + "/comments", alerts("ua-2", "idx"));

        List<Map<String, Object>> actions = commentActions(caseId);

        assertThat(actions).hasSize(2);
        assertThat(Api.json((String) actions.get(1).get("payload"))).isEqualTo(Api.json("""
                {"comment":{"type":"alert","alertId":["ua-2"],"index":["idx"],
                 "rule":{"id":"rule-1","name":"Rule one"},"owner":"cases"}}"""));
    }

    @Test
    void deletingAllWritesOneDeleteActionPerAttachment() {
        String caseId = api.post("/api/cases", newCase("Delete all", "cases")).text("id");
        api.post("/api/cases/" + caseId + "/comments", userComment("one"));
        api.post("/api/cases/" + caseId + "/comments", userComment("two"));
        api.post("/api/cases/" + caseId + "/comments", alerts("da-1", "idx"));
        List<String> ids = new ArrayList<>();
        api.get("/api/cases/" + caseId + "/comments").body().forEach(a -> ids.add(a.path("id").asText()));
        assertThat(ids).hasSize(3);

        assertThat(api.delete("/api/cases/" + caseId + "/comments").status()).isEqualTo(204);

        List<Map<String, Object>> deletes = commentActions(caseId).stream()
                .filter(a -> a.get("action").equals("delete")).toList();
        assertThat(deletes).extracting(a -> a.get("comment_id")).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aRefusedChangeLeavesNoAction() {
        String caseId = api.post("/api/cases", newCase("Refused", "cases")).text("id");
        assertThat(api.post("/api/cases/" + caseId + "/comments", userComment("x".repeat(30_001))).status())
                .isEqualTo(400);
        assertThat(api.post("/api/cases/" + caseId + "/comments",
                alerts(List.of("r-1", "r-2"), List.of("idx"))).status()).isEqualTo(400);

        assertThat(commentActions(caseId)).isEmpty();
    }
}
