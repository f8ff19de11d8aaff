package io.casebook.api.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.casebook.support.AttachmentFixtures.alerts;
import static io.casebook.support.AttachmentFixtures.newCase;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/** The alert lookups: cases holding an alert, alerts held by a case; both stay within the space. */
class CaseAlertsApiTest {

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

    static String createCase(String prefix, String title, String owner) {
        Api.Result created = api.post(prefix + "/api/cases", newCase(title, owner));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    static void attach(String prefix, String caseId, Object body) {
        Api.Result added = api.post(prefix + "/api/cases/" + caseId + "/comments", body);
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
    }

    @Test
    void listsTheCasesOfTheSpaceHoldingAnAlertWithTheirTotals() {
        String security = createCase("", "Security case", "securitySolution");
        String stack = createCase("", "Stack case", "cases");
        String elsewhere = createCase("/s/other", "Other space", "cases");
        attach("", security, alerts("shared-alert", ".alerts-x", "securitySolution"));
        attach("", stack, alerts(List.of("shared-alert", "second"), List.of(".alerts-x", ".alerts-x")));
        attach("", stack, userComment("looked at it"));
        attach("/s/other", elsewhere, alerts("shared-alert", ".alerts-x"));

        Api.Result found = api.get("/api/cases/alerts/shared-alert");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).extracting(n -> n.path("id").asText()).containsExactly(security, stack);
        JsonNode stackEntry = found.body().get(1);
        assertThat(stackEntry.path("title").asText()).isEqualTo("Stack case");
        assertThat(stackEntry.path("description").asText()).isEqualTo("A case description.");
        assertThat(stackEntry.path("status").asText()).isEqualTo("open");
        assertThat(stackEntry.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(stackEntry.path("totals")).isEqualTo(Api.json("{\"alerts\":2,\"userComments\":1}"));

        assertThat(api.get("/api/cases/alerts/shared-alert?owner=cases").body())
                .extracting(n -> n.path("id").asText()).containsExactly(stack);
        assertThat(api.get("/api/cases/alerts/shared-alert?owner=nobody").body()).isEmpty();
        assertThat(api.get("/s/other/api/cases/alerts/shared-alert").body())
                .extracting(n -> n.path("id").asText()).containsExactly(elsewhere);
        assertThat(api.get("/api/cases/alerts/never-attached").body()).isEmpty();
    }

    @Test
    void listsTheAlertsOfACaseInAttachmentOrder() {
        String caseId = createCase("", "Alerts of a case", "cases");
        attach("", caseId, alerts(List.of("a-1", "a-2"), List.of("idx-1", "idx-2")));
        attach("", caseId, userComment("between"));
        attach("", caseId, alerts("a-3", "idx-3"));
        JsonNode attachments = api.get("/api/cases/" + caseId + "/comments").body();

        Api.Result listed = api.get("/api/cases/" + caseId + "/alerts");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).hasSize(3);
        assertThat(listed.body().get(0)).isEqualTo(Api.json("{\"id\":\"a-1\",\"index\":\"idx-1\",\"attached_at\":\""
                + attachments.get(0).path("created_at").asText() + "\"}"));
        assertThat(listed.body().get(2).path("id").asText()).isEqualTo("a-3");
        assertThat(listed.body().get(2).path("attached_at").asText())
                .isEqualTo(attachments.get(2).path("created_at").asText());
    }

    @Test
    void alertsOfAnUnknownOrForeignCaseAre404() {
        Api.Result unknown = api.get("/api/cases/nope/alerts");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("message")).isEqualTo("Saved object [cases/nope] not found");

        String elsewhere = createCase("/s/other", "Hidden", "cases");
        assertThat(api.get("/api/cases/" + elsewhere + "/alerts").status()).isEqualTo(404);
        assertThat(api.get("/s/other/api/cases/" + elsewhere + "/alerts").status()).isEqualTo(200);
    }
}
