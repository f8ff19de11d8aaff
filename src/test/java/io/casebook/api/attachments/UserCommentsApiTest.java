package io.casebook.api.attachments;

import com.fasterxml.jackson.databind.JsonNode;
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

import static io.casebook.support.AttachmentFixtures.newCase;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/** Adding and reading user comments through the real HTTP API: limits, owners, errors, spaces, concurrency. */
class UserCommentsApiTest {

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
    void addingACommentAnswersTheUpdatedCaseWithItsComments() {
        JsonNode c = createCase();
        Api.Result added = comment(c.path("id").asText(), userComment("First look: noisy host."));

        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        JsonNode body = added.body();
        assertThat(body.path("id").asText()).isEqualTo(c.path("id").asText());
        assertThat(body.path("totalComment").asInt()).isEqualTo(1);
        assertThat(body.path("totalAlerts").asInt()).isZero();
        assertThat(body.path("version").asText()).isNotEqualTo(c.path("version").asText());
        assertThat(body.path("updated_by").path("username").asText()).isEqualTo("elastic");
        assertThat(body.path("updated_at").isNull()).isFalse();
        JsonNode attachment = body.path("comments").get(0);
        assertThat(attachment.path("type").asText()).isEqualTo("user");
        assertThat(attachment.path("comment").asText()).isEqualTo("First look: noisy host.");
        assertThat(attachment.path("owner").asText()).isEqualTo("cases");
        assertThat(attachment.path("created_by").path("username").asText()).isEqualTo("elastic");
        assertThat(attachment.has("alertId")).isFalse();
        assertThat(attachment.path("pushed_at").isNull()).isTrue();
        assertThat(attachment.path("updated_at").isNull()).isTrue();

        Api.Result fetched = api.get("/api/cases/" + c.path("id").asText());
        assertThat(fetched.body().path("totalComment").asInt()).isEqualTo(1);
        assertThat(fetched.body().path("version").asText()).isEqualTo(body.path("version").asText());
    }

    @Test
    void commentLengthIsCheckedAtTheEdge() {
        String caseId = createCase().path("id").asText();
        assertThat(comment(caseId, userComment("x".repeat(30_000))).status()).isEqualTo(200);

        Api.Result tooLong = comment(caseId, userComment("x".repeat(30_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("message")).isEqualTo("The length of the comment is too long. The maximum length is 30000.");

        Api.Result blank = comment(caseId, userComment("   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text("message")).isEqualTo("The comment field cannot be an empty string.");

        assertThat(api.get("/api/cases/" + caseId).body().path("totalComment").asInt()).isEqualTo(1);
    }

    @Test
    void ownerMustBeTheCaseOwner() {
        String caseId = createCase().path("id").asText();
        Api.Result mismatch = comment(caseId, Map.of("type", "user", "comment", "hi", "owner", "securitySolution"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.text("message")).isEqualTo("The owner field of the comment must match the case");

        Api.Result unknown = comment(caseId, Map.of("type", "user", "comment", "hi", "owner", "nobody"));
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.text("message")).isEqualTo("Unauthorized to create comments with owners: \"nobody\"");

        assertThat(api.get("/api/cases/" + caseId).body().path("totalComment").asInt()).isZero();
    }

    @Test
    void malformedBodiesAreRefusedInKibanasWords() {
        String caseId = createCase().path("id").asText();
        assertThat(comment(caseId, Map.of("type", "user", "comment", "hi", "owner", "cases", "foo", 1))
                .text("message")).isEqualTo("invalid keys \"foo\"");
        assertThat(comment(caseId, Map.of("type", "note", "comment", "hi", "owner", "cases")).text("message"))
                .isEqualTo("Invalid value \"note\" supplied to \"type\"");
        assertThat(comment(caseId, Map.of("type", "user", "comment", "hi", "owner", "cases", "alertId", "a"))
                .text("message")).isEqualTo("invalid keys \"alertId\"");
        assertThat(comment(caseId, Map.of("type", "user", "comment", "hi")).text("message"))
                .isEqualTo("Invalid value \"undefined\" supplied to \"owner\"");
    }

    @Test
    void unknownCaseIs404() {
        Api.Result missing = comment("no-such-case", userComment("hi"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("message")).isEqualTo("Saved object [cases/no-such-case] not found");
    }

    @Test
    void getsOneCommentOnlyThroughItsOwnCase() {
        String caseId = createCase().path("id").asText();
        String otherCaseId = createCase().path("id").asText();
        JsonNode attachment = comment(caseId, userComment("hello")).body().path("comments").get(0);
        String id = attachment.path("id").asText();

        Api.Result got = api.get("/api/cases/" + caseId + "/comments/" + id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(attachment);

        Api.Result elsewhere = api.get("/api/cases/" + otherCaseId + "/comments/" + id);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.text("message"))
                .isEqualTo("This attachment " + id + " does not exist in case " + otherCaseId + ".");

        Api.Result unknown = api.get("/api/cases/" + caseId + "/comments/nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("message")).isEqualTo("Saved object [cases-comments/nope] not found");
    }

    @Test
    void aCaseInAnotherSpaceIsInvisibleFromTheDefaultSpace() {
        Api.Result created = api.post("/s/other/api/cases", newCase("Elsewhere", "cases"));
        String caseId = created.text("id");
        JsonNode attachment = api.post("/s/other/api/cases/" + caseId + "/comments", userComment("in other"))
                .body().path("comments").get(0);
        String id = attachment.path("id").asText();

        assertThat(comment(caseId, userComment("from default")).status()).isEqualTo(404);
        assertThat(api.get("/api/cases/" + caseId + "/comments/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/cases/" + caseId + "/comments/_find").body().path("total").asInt()).isZero();
        assertThat(api.delete("/api/cases/" + caseId + "/comments/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/cases/" + caseId + "/comments").status()).isEqualTo(404);
        assertThat(api.patch("/api/cases/" + caseId + "/comments", Map.of("id", id, "version",
                attachment.path("version").asText(), "type", "user", "comment", "x", "owner", "cases")).status())
                .isEqualTo(404);

        Api.Result inOther = api.get("/s/other/api/cases/" + caseId + "/comments/" + id);
        assertThat(inOther.status()).isEqualTo(200);
        assertThat(inOther.text("comment")).isEqualTo("in other");
    }

    @Test
    void concurrentCommentsOnOneCaseAreAllCountedWithoutConflicts() throws Exception {
        String caseId = createCase().path("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Result>> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String text = "parallel " + i;
                sent.add(pool.submit(() -> comment(caseId, userComment(text))));
            }
            for (var future : sent) {
                Api.Result result = future.get(60, TimeUnit.SECONDS);
                assertThat(result.status()).as(result.raw()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/api/cases/" + caseId).body().path("totalComment").asInt()).isEqualTo(30);
        assertThat(api.get("/api/cases/" + caseId + "/comments/_find").body().path("total").asInt()).isEqualTo(30);
    }
}
