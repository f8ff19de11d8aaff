package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.Configure;
import io.casebook.support.EngineWithSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.casebook.support.CaseFixtures.change;
import static io.casebook.support.CaseFixtures.create;
import static io.casebook.support.CaseFixtures.patchBody;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code PATCH /api/cases}: field updates, Kibana's errors and limits, atomic batches, spaces. */
class UpdateCasesTest {

    static EngineWithSql engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = EngineWithSql.start();
        api = engine.api();
        Configure.optionalCustomFields(api, "", "cases", "k1", "text");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static Api.Result patch(Object... entries) {
        return api.patch("/api/cases", patchBody(entries));
    }

    static JsonNode get(String id) {
        Api.Result got = api.get("/api/cases/" + id);
        assertThat(got.status()).as(got.raw()).isEqualTo(200);
        return got.body();
    }

    static void assertError(Api.Result result, int status, String message) {
        assertThat(result.status()).as(result.raw()).isEqualTo(status);
        assertThat(result.text("message")).isEqualTo(message);
    }

    @Test
    void updatesEveryFieldAndAnswersTheCasesAsGetDoes() {
        JsonNode c = create(api, "Original");
        Map<String, Object> jira = new HashMap<>(Map.of("id", "jira-1", "name", "Jira", "type", ".jira"));
        jira.put("fields", Map.of("issueType", "10006", "priority", "High"));
        Api.Result updated = patch(change(c, "title", "  New title  ", "description", "New description",
                "tags", List.of("a", "b"), "severity", "high", "status", "in-progress",
                "assignees", List.of(Map.of("uid", "u1"), Map.of("uid", "u1"), Map.of("uid", "u2")),
                "category", "malware", "settings", Map.of("syncAlerts", false), "connector", jira,
                "customFields", List.of(Map.of("key", "k1", "type", "text", "value", "v1"))));

        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.body()).hasSize(1);
        JsonNode u = updated.body().get(0);
        assertThat(u.path("title").asText()).isEqualTo("New title");
        assertThat(u.path("description").asText()).isEqualTo("New description");
        assertThat(u.path("tags")).extracting(JsonNode::asText).containsExactly("a", "b");
        assertThat(u.path("severity").asText()).isEqualTo("high");
        assertThat(u.path("status").asText()).isEqualTo("in-progress");
        assertThat(u.path("assignees")).extracting(a -> a.path("uid").asText()).containsExactly("u1", "u2");
        assertThat(u.path("category").asText()).isEqualTo("malware");
        assertThat(u.at("/settings/syncAlerts").asBoolean()).isFalse();
        assertThat(u.at("/connector/type").asText()).isEqualTo(".jira");
        assertThat(u.at("/connector/fields/priority").asText()).isEqualTo("High");
        assertThat(u.at("/customFields/0/value").asText()).isEqualTo("v1");
        assertThat(u.path("version").asText()).isNotEqualTo(c.path("version").asText());
        assertThat(u.path("updated_at").isNull()).isFalse();
        assertThat(u.at("/updated_by/username").asText()).isEqualTo("elastic");
        assertThat(u.path("owner").asText()).isEqualTo("cases");
        assertThat(get(c.path("id").asText())).isEqualTo(u);
    }

    @Test
    void categoryNullClearsItAndAnAbsentCategoryKeepsIt() {
        JsonNode c = create(api, "Category");
        JsonNode withCategory = patch(change(c, "category", " phishing ")).body().get(0);
        assertThat(withCategory.path("category").asText()).isEqualTo("phishing");

        JsonNode retitled = patch(change(withCategory, "title", "Retitled")).body().get(0);
        assertThat(retitled.path("category").asText()).isEqualTo("phishing");

        Map<String, Object> clear = change(retitled);
        clear.put("category", null);
        Api.Result cleared = patch(clear);
        assertThat(cleared.status()).as(cleared.raw()).isEqualTo(200);
        assertThat(cleared.body().get(0).path("category").isNull()).isTrue();
    }

    @Test
    void versionIsRequiredAndUnknownKeysAreRefused() {
        JsonNode c = create(api, "Schema");
        Map<String, Object> noVersion = change(c, "title", "x");
        noVersion.remove("version");
        assertError(patch(noVersion), 400, "Invalid value \"undefined\" supplied to \"cases.version\"");
        assertError(patch(change(c, "foo", "bar")), 400, "invalid keys \"foo\"");
        assertError(api.patch("/api/cases", Map.of("cases", List.of(), "extra", 1)), 400, "invalid keys \"extra\"");
        assertError(patch(change(c, "status", "reopened")), 400,
                "Invalid value \"reopened\" supplied to \"status\"");
        assertThat(get(c.path("id").asText()).path("version").asText()).isEqualTo(c.path("version").asText());
    }

    @Test
    void staleOrForeignVersionIsAConflict() {
        JsonNode c = create(api, "Versions");
        assertThat(patch(change(c, "title", "First")).status()).isEqualTo(200);
        String id = c.path("id").asText();
        assertError(patch(change(c, "title", "Second")), 409,
                "These cases " + id + " has been updated. Please refresh before saving additional updates.");
        Map<String, Object> garbage = change(get(id), "title", "Third");
        garbage.put("version", "not-a-token");
        assertError(patch(garbage), 409,
                "These cases " + id + " has been updated. Please refresh before saving additional updates.");
        assertThat(get(id).path("title").asText()).isEqualTo("First");
    }

    @Test
    void missingCasesAreNamedIn404() {
        JsonNode c = create(api, "Exists");
        Map<String, Object> ghost1 = change(c, "title", "x");
        ghost1.put("id", "ghost-1");
        Map<String, Object> ghost2 = change(c, "title", "y");
        ghost2.put("id", "ghost-2");
        assertError(patch(change(c, "title", "changed"), ghost1, ghost2), 404,
                "These cases ghost-1, ghost-2 do not exist. Please check you have the correct ids.");
        assertThat(get(c.path("id").asText()).path("title").asText()).isEqualTo("Exists");
    }

    @Test
    void identicalValuesAre406() {
        JsonNode c = create(api, "Same");
        Api.Result same = patch(change(c, "title", "Same", "tags", List.of("tag-1"), "severity", "low",
                "status", "open", "owner", "cases", "settings", Map.of("syncAlerts", true)));
        assertError(same, 406, "All update fields are identical to current version.");
        assertThat(get(c.path("id").asText()).path("updated_at").isNull()).isTrue();
    }

    @Test
    void changingTheOwnerIsRefused() {
        JsonNode c = create(api, "Owned");
        String id = c.path("id").asText();
        assertError(patch(change(c, "owner", "securitySolution", "title", "Stolen")), 400,
                "Updating the owner of a case is not allowed ids: [" + id + "]");
        JsonNode stored = get(id);
        assertThat(stored.path("owner").asText()).isEqualTo("cases");
        assertThat(stored.path("title").asText()).isEqualTo("Owned");
    }

    @Test
    void fieldLimitsAreTheCreateLimits() {
        JsonNode c = create(api, "Limits");
        assertError(patch(change(c, "title", "t".repeat(161))), 400,
                "The length of the title is too long. The maximum length is 160.");
        assertError(patch(change(c, "title", "   ")), 400, "The title field cannot be an empty string.");
        assertError(patch(change(c, "description", "d".repeat(30_001))), 400,
                "The length of the description is too long. The maximum length is 30000.");
        assertError(patch(change(c, "tags", IntStream.range(0, 201).mapToObj(i -> "t" + i).toList())), 400,
                "The length of the field tags is too long. Array must be of length <= 200.");
        assertError(patch(change(c, "tags", List.of("x".repeat(257)))), 400,
                "The length of the tag is too long. The maximum length is 256.");
        assertError(patch(change(c, "category", "c".repeat(51))), 400,
                "The length of the category is too long. The maximum length is 50.");
        assertError(patch(change(c, "assignees", uids(11))), 400,
                "You cannot assign more than 10 assignees to a case");
        assertThat(get(c.path("id").asText()).path("version").asText()).isEqualTo(c.path("version").asText());

        List<Map<String, String>> tenAndARepeat = new ArrayList<>(uids(10));
        tenAndARepeat.add(Map.of("uid", "u0"));
        Api.Result atLimits = patch(change(c, "title", "t".repeat(160), "category", "c".repeat(50),
                "tags", IntStream.range(0, 200).mapToObj(i -> "t" + i).toList(), "assignees", tenAndARepeat));
        assertThat(atLimits.status()).as(atLimits.raw()).isEqualTo(200);
        assertThat(atLimits.body().get(0).path("assignees")).hasSize(10);
        assertThat(atLimits.body().get(0).path("tags")).hasSize(200);
    }

    @Test
    void aBatchHoldsOneToAHundredCases() {
        assertError(api.patch("/api/cases", Map.of("cases", List.of())), 400,
                "The length of the field cases is too short. Array must be of length >= 1.");

        List<JsonNode> cases = IntStream.range(0, 100).mapToObj(i -> create(api, "Bulk " + i)).toList();
        List<Map<String, Object>> hundred = cases.stream().map(c -> change(c, "severity", "medium")).toList();
        Api.Result ok = api.patch("/api/cases", patchBody(hundred));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(ok.body()).hasSize(100);
        assertThat(ok.body()).allSatisfy(c -> assertThat(c.path("severity").asText()).isEqualTo("medium"));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(change(ok.body().get(i % 100), "severity", "high"));
        }
        assertError(api.patch("/api/cases", patchBody(tooMany)), 400,
                "The length of the field cases is too long. Array must be of length <= 100.");
        assertThat(get(cases.get(0).path("id").asText()).path("severity").asText()).isEqualTo("medium");
    }

    @Test
    void aBatchWithOneBadCaseChangesNothing() {
        JsonNode good = create(api, "Good");
        JsonNode stale = create(api, "Stale");
        assertThat(patch(change(stale, "title", "Moved on")).status()).isEqualTo(200);

        assertThat(patch(change(good, "title", "Changed"), change(stale, "title", "Again")).status())
                .isEqualTo(409);
        assertThat(patch(change(good, "title", "Changed"), change(get(stale.path("id").asText()), "owner",
                "observability")).status()).isEqualTo(400);

        JsonNode after = get(good.path("id").asText());
        assertThat(after.path("title").asText()).isEqualTo("Good");
        assertThat(after.path("version").asText()).isEqualTo(good.path("version").asText());
        Api.Result log = api.get("/api/cases/" + good.path("id").asText() + "/user_actions/_find");
        assertThat(log.body().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aFailureWhileWritingRollsBackTheCasesAlreadyWritten() {
        JsonNode first = create(api, "First");
        JsonNode twice = create(api, "Twice");
        // The same case twice: its second write finds the version the first one bumped, after "First" was written.
        Api.Result result = patch(change(first, "title", "First changed"), change(twice, "title", "Once"),
                change(twice, "title", "Twice changed"));
        assertError(result, 409, "These cases " + twice.path("id").asText()
                + " has been updated. Please refresh before saving additional updates.");
        for (JsonNode c : List.of(first, twice)) {
            JsonNode after = get(c.path("id").asText());
            assertThat(after.path("title").asText()).isEqualTo(c.path("title").asText());
            assertThat(after.path("version").asText()).isEqualTo(c.path("version").asText());
            assertThat(engine.number("SELECT COUNT(*) FROM case_user_actions WHERE case_id = ?",
                    c.path("id").asText())).isEqualTo(1);
        }
    }

    @Test
    void unchangedCasesOfABatchAreLeftOutOfTheAnswer() {
        JsonNode a = create(api, "A");
        JsonNode b = create(api, "B");
        Api.Result result = patch(change(a, "title", "A"), change(b, "title", "B2"));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        assertThat(result.body()).extracting(c -> c.path("id").asText()).containsExactly(b.path("id").asText());
        assertThat(get(a.path("id").asText()).path("version").asText()).isEqualTo(a.path("version").asText());
    }

    @Test
    void casesOfAnotherSpaceAreInvisible() {
        JsonNode other = create(api, "/s/other", "Elsewhere");
        String id = other.path("id").asText();
        assertError(patch(change(other, "title", "Hijacked")), 404,
                "These cases " + id + " do not exist. Please check you have the correct ids.");
        Api.Result inItsSpace = api.patch("/s/other/api/cases", patchBody(change(other, "title", "Renamed")));
        assertThat(inItsSpace.status()).as(inItsSpace.raw()).isEqualTo(200);
        assertThat(api.get("/s/other/api/cases/" + id).body().path("title").asText()).isEqualTo("Renamed");
    }

    static List<Map<String, String>> uids(int count) {
        return IntStream.range(0, count).mapToObj(i -> Map.of("uid", "u" + i)).toList();
    }
}
