package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.Configure;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.casebook.support.CaseFixtures.change;
import static io.casebook.support.CaseFixtures.create;
import static io.casebook.support.CaseFixtures.patchBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The user actions a PATCH writes, in Kibana's vocabulary and payloads, read back through user_actions/_find. */
class CaseUserActionsTest {

    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start();
        api = engine.api();
        Configure.optionalCustomFields(api, "", "cases", "k1", "toggle", "a", "text", "b", "text");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static JsonNode patch(Map<String, Object> entry) {
        Api.Result result = api.patch("/api/cases", patchBody(entry));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body().get(0);
    }

    static List<JsonNode> actions(String caseId) {
        Api.Result found = api.get("/api/cases/" + caseId + "/user_actions/_find?perPage=100");
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        found.body().path("userActions").forEach(out::add);
        return out;
    }

    static JsonNode only(List<JsonNode> actions, String type, String action) {
        List<JsonNode> matching = actions.stream().filter(a -> a.path("type").asText().equals(type)
                && a.path("action").asText().equals(action)).toList();
        assertThat(matching).as(type + "/" + action).hasSize(1);
        return matching.get(0);
    }

    @Test
    void eachChangedFieldIsOneActionWithKibanasPayload() {
        JsonNode c = create(api, "Before");
        Api.Result tagged = api.patch("/api/cases", patchBody(change(c, "tags", List.of("keep", "drop"))));
        JsonNode base = tagged.body().get(0);
        Map<String, Object> jira = new HashMap<>(Map.of("id", "jira-1", "name", "Jira", "type", ".jira"));
        jira.put("fields", Map.of("issueType", "10006"));
        patch(change(base, "title", "After", "description", "New words", "tags", List.of("keep", "new"),
                "status", "closed", "severity", "critical", "assignees", List.of(Map.of("uid", "u1")),
                "category", "cat", "connector", jira, "settings", Map.of("syncAlerts", false),
                "customFields", List.of(Map.of("key", "k1", "type", "toggle", "value", true))));

        List<JsonNode> all = actions(c.path("id").asText());
        assertThat(all.get(0).path("type").asText()).isEqualTo("create_case");
        assertThat(all.get(0).path("action").asText()).isEqualTo("create");
        assertThat(all).as("create, tags add/delete, then 11 for the second patch").hasSize(1 + 2 + 11);

        assertThat(only(all, "title", "update").path("payload").toString()).isEqualTo("{\"title\":\"After\"}");
        assertThat(only(all, "description", "update").at("/payload/description").asText()).isEqualTo("New words");
        List<JsonNode> tagAdds = all.stream().filter(a -> a.path("type").asText().equals("tags")
                && a.path("action").asText().equals("add")).toList();
        assertThat(tagAdds).hasSize(2);
        assertThat(tagAdds.get(0).at("/payload/tags")).extracting(JsonNode::asText).containsExactly("keep", "drop");
        assertThat(tagAdds.get(1).at("/payload/tags")).extracting(JsonNode::asText).containsExactly("new");
        List<JsonNode> tagDeletes = all.stream().filter(a -> a.path("type").asText().equals("tags")
                && a.path("action").asText().equals("delete")).toList();
        assertThat(tagDeletes).extracting(a -> a.at("/payload/tags").toString())
                .containsExactly("[\"tag-1\"]", "[\"drop\"]");
        assertThat(only(all, "status", "update").path("payload").toString()).isEqualTo("{\"status\":\"closed\"}");
        assertThat(only(all, "severity", "update").at("/payload/severity").asText()).isEqualTo("critical");
        assertThat(only(all, "assignees", "add").path("payload").toString())
                .isEqualTo("{\"assignees\":[{\"uid\":\"u1\"}]}");
        assertThat(only(all, "category", "update").at("/payload/category").asText()).isEqualTo("cat");
        JsonNode connector = only(all, "connector", "update").at("/payload/connector");
        assertThat(connector.path("id").asText()).isEqualTo("jira-1");
        assertThat(connector.path("name").asText()).isEqualTo("Jira");
        assertThat(connector.path("type").asText()).isEqualTo(".jira");
        assertThat(connector.at("/fields/issueType").asText()).isEqualTo("10006");
        assertThat(only(all, "settings", "update").path("payload").toString())
                .isEqualTo("{\"settings\":{\"syncAlerts\":false}}");
        JsonNode customField = only(all, "customFields", "update").at("/payload/customFields");
        assertThat(customField).hasSize(1);
        assertThat(customField.get(0).path("key").asText()).isEqualTo("k1");
        assertThat(customField.get(0).path("type").asText()).isEqualTo("toggle");
        assertThat(customField.get(0).path("value").asBoolean()).isTrue();

        assertThat(all).allSatisfy(a -> {
            assertThat(a.path("id").asText()).isNotBlank();
            assertThat(new String(Base64.getDecoder().decode(a.path("version").asText()), StandardCharsets.UTF_8))
                    .matches("\\[\\d+,1]");
            assertThat(a.path("comment_id").isNull()).isTrue();
            assertThat(a.at("/created_by/username").asText()).isEqualTo("elastic");
            assertThat(a.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(a.path("owner").asText()).isEqualTo("cases");
        });
    }

    @Test
    void clearingAndRemovingAreRecordedToo() {
        JsonNode c = create(api, "Clear me");
        JsonNode set = patch(change(c, "category", "cat", "assignees", List.of(Map.of("uid", "u1"),
                Map.of("uid", "u2"))));
        Map<String, Object> clear = change(set, "assignees", List.of(Map.of("uid", "u2")));
        clear.put("category", null);
        patch(clear);

        List<JsonNode> all = actions(c.path("id").asText());
        assertThat(only(all, "assignees", "delete").path("payload").toString())
                .isEqualTo("{\"assignees\":[{\"uid\":\"u1\"}]}");
        List<JsonNode> categories = all.stream().filter(a -> a.path("type").asText().equals("category")).toList();
        assertThat(categories).hasSize(2);
        assertThat(categories.get(1).path("payload").toString()).isEqualTo("{\"category\":null}");
    }

    @Test
    void onlyChangedCustomFieldsAndSettingsAreRecorded() {
        JsonNode c = create(api, "Custom");
        JsonNode first = patch(change(c, "customFields", List.of(Map.of("key", "a", "type", "text", "value", "1"),
                Map.of("key", "b", "type", "text", "value", "2"))));
        patch(change(first, "customFields", List.of(Map.of("key", "a", "type", "text", "value", "1"),
                Map.of("key", "b", "type", "text", "value", "3"))));

        List<JsonNode> customFields = actions(c.path("id").asText()).stream()
                .filter(a -> a.path("type").asText().equals("customFields")).toList();
        assertThat(customFields).extracting(a -> a.at("/payload/customFields/0/key").asText() + "="
                + a.at("/payload/customFields/0/value").asText()).containsExactly("a=1", "b=2", "b=3");
    }
}
