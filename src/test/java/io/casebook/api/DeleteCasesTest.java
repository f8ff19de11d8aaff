package io.casebook.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.EngineWithSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.casebook.support.CaseFixtures.change;
import static io.casebook.support.CaseFixtures.create;
import static io.casebook.support.CaseFixtures.patchBody;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code DELETE /api/cases?ids=[...]}: all or nothing, with everything attached, audited, per space. */
class DeleteCasesTest {

    static EngineWithSql engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = EngineWithSql.start();
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static String ids(String... ids) {
        List<String> quoted = List.of(ids).stream().map(id -> "\"" + id + "\"").toList();
        return URLEncoder.encode("[" + String.join(",", quoted) + "]", StandardCharsets.UTF_8);
    }

    static String id(JsonNode c) {
        return c.path("id").asText();
    }

    static void assertError(Api.Result result, int status, String message) {
        assertThat(result.status()).as(result.raw()).isEqualTo(status);
        assertThat(result.text("message")).isEqualTo(message);
    }

    @Test
    void deletesTheCaseWithItsAttachmentsAlertsAndUserActions() {
        JsonNode c = create(api, "Doomed");
        String caseId = id(c);
        JsonNode patched = api.patch("/api/cases", patchBody(change(c, "tags", List.of("x", "y"),
                "assignees", List.of(Map.of("uid", "u1"))))).body().get(0);
        String attachmentId = UUID.randomUUID().toString();
        engine.update("INSERT INTO case_attachments (id, case_id, space_id, owner, type, version, alert_ids, "
                + "alert_indices, created_at, created_by) VALUES (?, ?, 'default', 'cases', 'alert', 1, "
                + "'[\"a1\"]', '[\"i1\"]', ?, '{\"username\":\"elastic\"}')", attachmentId, caseId, OffsetDateTime.now());
        engine.update("INSERT INTO case_alerts (case_id, alert_id, alert_index, attachment_id, attached_at) "
                + "VALUES (?, 'a1', 'i1', ?, ?)", caseId, attachmentId, OffsetDateTime.now());
        JsonNode survivor = create(api, "Survivor");
        for (String table : List.of("case_attachments", "case_alerts", "case_user_actions", "case_tags",
                "case_assignees", "case_words")) {
            assertThat(rows(table, caseId)).as(table + " before").isPositive();
        }
        assertThat(patched.path("tags")).hasSize(2);

        Api.Result deleted = api.delete("/api/cases?ids=" + ids(caseId));
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(204);
        assertThat(deleted.raw()).isEmpty();

        assertThat(api.get("/api/cases/" + caseId).status()).isEqualTo(404);
        for (String table : List.of("cases", "case_attachments", "case_alerts", "case_user_actions", "case_tags",
                "case_assignees", "case_words")) {
            assertThat(rows(table, caseId)).as(table + " after").isZero();
        }
        assertThat(api.get("/api/cases/" + id(survivor)).status()).isEqualTo(200);
        assertThat(rows("case_user_actions", id(survivor))).isEqualTo(1);
    }

    static long rows(String table, String caseId) {
        String column = table.equals("cases") ? "id" : "case_id";
        return engine.number("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", caseId);
    }

    @Test
    void eachDeletedCaseIsAuditedWithTypeDeleteCase() {
        String a = id(create(api, "Audit A"));
        String b = id(create(api, "Audit B"));
        ListAppender<ILoggingEvent> audit = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger("casebook.audit");
        audit.start();
        logger.addAppender(audit);
        try {
            assertThat(api.delete("/api/cases?ids=" + a + "&ids=" + b).status()).isEqualTo(204);
        } finally {
            logger.detachAppender(audit);
        }
        assertThat(audit.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "delete_case: User deleted case id: " + a + " [space=default, user=elastic]",
                "delete_case: User deleted case id: " + b + " [space=default, user=elastic]");
    }

    @Test
    void oneMissingIdDeletesNothing() {
        String kept = id(create(api, "Kept"));
        assertError(api.delete("/api/cases?ids=" + ids(kept, "ghost")), 404, "Saved object [cases/ghost] not found");
        assertThat(api.get("/api/cases/" + kept).status()).isEqualTo(200);
    }

    @Test
    void idsAreRequiredAndLimitedToAHundred() {
        assertError(api.delete("/api/cases"), 400,
                "[request query.ids]: expected value of type [array] but got [undefined]");
        assertError(api.delete("/api/cases?ids=" + ids()), 400,
                "The length of the field ids is too short. Array must be of length >= 1.");
        assertError(api.delete("/api/cases?ids=" + ids("")), 400, "Invalid value \"\" supplied to \"ids\"");

        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> id(create(api, "Bulk " + i))).toList();
        String[] tooMany = IntStream.range(0, 101).mapToObj(i -> hundred.get(i % 100)).toArray(String[]::new);
        assertError(api.delete("/api/cases?ids=" + ids(tooMany)), 400,
                "The length of the field ids is too long. Array must be of length <= 100.");
        assertThat(api.get("/api/cases/" + hundred.get(0)).status()).isEqualTo(200);

        Api.Result deleted = api.delete("/api/cases?ids=" + ids(hundred.toArray(String[]::new)));
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(204);
        assertThat(hundred).allSatisfy(id -> assertThat(rows("cases", id)).isZero());
    }

    @Test
    void casesOfAnotherSpaceCannotBeDeletedFromTheDefaultOne() {
        String elsewhere = id(create(api, "/s/other", "Other space"));
        assertError(api.delete("/api/cases?ids=" + ids(elsewhere)), 404,
                "Saved object [cases/" + elsewhere + "] not found");
        assertThat(api.get("/s/other/api/cases/" + elsewhere).status()).isEqualTo(200);
        assertThat(api.delete("/s/other/api/cases?ids=" + ids(elsewhere)).status()).isEqualTo(204);
        assertThat(api.get("/s/other/api/cases/" + elsewhere).status()).isEqualTo(404);
    }

    @Test
    void deletingNeedsTheXsrfHeader() {
        String kept = id(create(api, "Guarded"));
        Api.Result refused = api.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + engine.port() + "/api/cases?ids=" + ids(kept))).DELETE(), false);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("/api/cases/" + kept).status()).isEqualTo(200);
    }
}
