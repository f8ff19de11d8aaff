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
import java.util.stream.IntStream;

import static io.casebook.support.AttachmentFixtures.alertIds;
import static io.casebook.support.AttachmentFixtures.alerts;
import static io.casebook.support.AttachmentFixtures.newCase;
import static io.casebook.support.AttachmentFixtures.sameIndex;
import static org.assertj.core.api.Assertions.assertThat;

/** Alert attachments through the real HTTP API: duplicates, per-case and per-alert limits, deletion, PATCH. */
class AlertAttachmentsApiTest {

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

    static String createCase() {
        Api.Result created = api.post("/api/cases", newCase("Alerts", "cases"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    static Api.Result attach(String caseId, Object body) {
        return api.post("/api/cases/" + caseId + "/comments", body);
    }

    static int totalAlerts(String caseId) {
        return api.get("/api/cases/" + caseId).body().path("totalAlerts").asInt();
    }

    @Test
    void aStringAlertIsAttachedAndAnsweredAsArrays() {
        String caseId = createCase();
        Api.Result added = attach(caseId, alerts("alert-s", ".alerts-default"));

        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        assertThat(added.body().path("totalAlerts").asInt()).isEqualTo(1);
        assertThat(added.body().path("totalComment").asInt()).isZero();
        JsonNode attachment = added.body().path("comments").get(0);
        assertThat(attachment.path("type").asText()).isEqualTo("alert");
        assertThat(attachment.path("alertId")).containsExactly(Api.json("\"alert-s\""));
        assertThat(attachment.path("index")).containsExactly(Api.json("\".alerts-default\""));
        assertThat(attachment.path("rule")).isEqualTo(Api.json("{\"id\":\"rule-1\",\"name\":\"Rule one\"}"));
        assertThat(attachment.has("comment")).isFalse();
    }

    @Test
    void anAlertAlreadyInTheCaseIsNotAttachedOrCountedTwice() {
        String caseId = createCase();
        JsonNode first = attach(caseId, alerts(List.of("d-1", "d-2", "d-1"), List.of("i1", "i2", "i1"))).body();
        assertThat(first.path("totalAlerts").asInt()).isEqualTo(2);
        assertThat(first.path("comments").get(0).path("alertId").toString()).isEqualTo("[\"d-1\",\"d-2\"]");

        JsonNode second = attach(caseId, alerts(List.of("d-2", "d-3"), List.of("i2", "i3"))).body();
        assertThat(second.path("totalAlerts").asInt()).isEqualTo(3);
        assertThat(second.path("comments")).hasSize(2);
        assertThat(second.path("comments").get(1).path("alertId").toString()).isEqualTo("[\"d-3\"]");
        assertThat(second.path("comments").get(1).path("index").toString()).isEqualTo("[\"i3\"]");

        // Every alert already there: no attachment, and the case is left exactly as it was.
        Api.Result repeat = attach(caseId, alerts(List.of("d-3", "d-1"), List.of("i3", "i1")));
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body().path("comments")).hasSize(2);
        assertThat(repeat.body().path("version").asText()).isEqualTo(second.path("version").asText());
        assertThat(totalAlerts(caseId)).isEqualTo(3);
    }

    @Test
    void idsAndIndicesMustBeParallel() {
        String caseId = createCase();
        Api.Result mismatch = attach(caseId, alerts(List.of("p-1", "p-2"), "one-index"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.text("message")).isEqualTo("Received an alert comment with ids and indices arrays of "
                + "different lengths ids: [\"p-1\",\"p-2\"] indices: [\"one-index\"]");
        assertThat(attach(caseId, Map.of("type", "alert", "alertId", "x", "index", "y", "owner", "cases"))
                .text("message")).isEqualTo("Invalid value \"undefined\" supplied to \"rule\"");
        assertThat(attach(caseId, Map.of("type", "alert", "alertId", "x", "index", "y", "comment", "no",
                "rule", Map.of("id", "r", "name", "r"), "owner", "cases")).text("message"))
                .isEqualTo("invalid keys \"comment\"");
        assertThat(totalAlerts(caseId)).isZero();
    }

    @Test
    void aCaseHoldsAtMostAThousandAlerts() {
        String caseId = createCase();
        assertThat(attach(caseId, alerts(alertIds("cap", 0, 600), sameIndex(600))).status()).isEqualTo(200);
        Api.Result full = attach(caseId, alerts(alertIds("cap", 600, 400), sameIndex(400)));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body().path("totalAlerts").asInt()).isEqualTo(1000);

        Api.Result oneMore = attach(caseId, alerts("cap-1000", ".alerts-default"));
        assertThat(oneMore.status()).isEqualTo(400);
        assertThat(oneMore.text("message"))
                .isEqualTo("Case has reached the maximum allowed number (1000) of attached alerts.");
        assertThat(totalAlerts(caseId)).isEqualTo(1000);

        String other = createCase();
        Api.Result tooManyAtOnce = attach(other, alerts(alertIds("big", 0, 1001), sameIndex(1001)));
        assertThat(tooManyAtOnce.status()).isEqualTo(400);
        assertThat(tooManyAtOnce.text("message"))
                .isEqualTo("Case has reached the maximum allowed number (1000) of attached alerts.");
        assertThat(attach(other, alerts(alertIds("big", 0, 1000), sameIndex(1000))).status()).isEqualTo(200);
    }

    @Test
    void anAlertIsInAtMostTenCasesUntilOneLetsItGo() {
        List<String> cases = IntStream.range(0, 11).mapToObj(i -> createCase()).toList();
        String firstAttachment = null;
        for (int i = 0; i < 10; i++) {
            Api.Result ok = attach(cases.get(i), alerts("popular", ".alerts-default"));
            assertThat(ok.status()).as("case %d: %s", i + 1, ok.raw()).isEqualTo(200);
            if (i == 0) {
                firstAttachment = ok.body().path("comments").get(0).path("id").asText();
            }
        }

        // With another alert in the same request: nothing of it is attached.
        Api.Result eleventh = attach(cases.get(10), alerts(List.of("fresh", "popular"), sameIndex(2)));
        assertThat(eleventh.status()).isEqualTo(400);
        assertThat(eleventh.text("message")).isEqualTo("You cannot attach more than 10 cases to an alert");
        assertThat(totalAlerts(cases.get(10))).isZero();
        assertThat(api.get("/api/cases/" + cases.get(10) + "/comments").body()).isEmpty();

        assertThat(api.delete("/api/cases/" + cases.get(0) + "/comments/" + firstAttachment).status()).isEqualTo(204);
        assertThat(totalAlerts(cases.get(0))).isZero();
        assertThat(attach(cases.get(10), alerts("popular", ".alerts-default")).status()).isEqualTo(200);
    }

    @Test
    void deletingAnAlertAttachmentFreesItsAlerts() {
        String caseId = createCase();
        String attachmentId = attach(caseId, alerts(List.of("f-1", "f-2"), sameIndex(2))).body()
                .path("comments").get(0).path("id").asText();
        attach(caseId, alerts("f-3", ".alerts-default"));
        assertThat(totalAlerts(caseId)).isEqualTo(3);

        assertThat(api.delete("/api/cases/" + caseId + "/comments/" + attachmentId).status()).isEqualTo(204);
        assertThat(totalAlerts(caseId)).isEqualTo(1);

        JsonNode again = attach(caseId, alerts(List.of("f-1", "f-3"), sameIndex(2))).body();
        assertThat(again.path("totalAlerts").asInt()).isEqualTo(2);
        assertThat(again.path("comments").get(1).path("alertId").toString()).isEqualTo("[\"f-1\"]");
    }

    @Test
    void patchingAnAlertAttachmentReplacesItsAlerts() {
        String caseId = createCase();
        attach(caseId, alerts("q-0", ".alerts-default"));
        JsonNode attachment = attach(caseId, alerts(List.of("q-1", "q-2"), sameIndex(2))).body()
                .path("comments").get(1);
        Map<String, Object> patch = new HashMap<>(alerts(List.of("q-2", "q-3", "q-0"), sameIndex(3)));
        patch.put("id", attachment.path("id").asText());
        patch.put("version", attachment.path("version").asText());

        Api.Result patched = api.patch("/api/cases/" + caseId + "/comments", patch);

        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        // q-0 belongs to the first attachment, so this one keeps q-2 and gains q-3; q-1 leaves the case.
        assertThat(patched.body().path("comments").get(1).path("alertId").toString()).isEqualTo("[\"q-2\",\"q-3\"]");
        assertThat(patched.body().path("totalAlerts").asInt()).isEqualTo(3);
        assertThat(api.get("/api/cases/" + caseId + "/alerts").body()).extracting(n -> n.path("id").asText())
                .containsExactly("q-0", "q-2", "q-3");
    }
}
