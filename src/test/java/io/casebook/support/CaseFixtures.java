package io.casebook.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies and calls the case API tests share: a valid new case, one PATCH entry, a PATCH body. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /** A valid {@code POST /api/cases} body (owner cases, no connector, one tag). */
    public static Map<String, Object> newCase(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "A case description.");
        body.put("tags", List.of("tag-1"));
        body.put("connector", noConnector());
        body.put("settings", Map.of("syncAlerts", true));
        body.put("owner", "cases");
        return body;
    }

    public static Map<String, Object> noConnector() {
        Map<String, Object> none = new HashMap<>(Map.of("id", "none", "name", "none", "type", ".none"));
        none.put("fields", null);
        return none;
    }

    /** Creates a case under {@code prefix} ("" or "/s/{space}") and answers it; fails the test if refused. */
    public static JsonNode create(Api api, String prefix, String title) {
        Api.Result created = api.post(prefix + "/api/cases", newCase(title));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }

    public static JsonNode create(Api api, String title) {
        return create(api, "", title);
    }

    /** One PATCH entry for the case as last seen: its id and version, then {@code key, value} pairs. */
    public static Map<String, Object> change(JsonNode theCase, Object... keyValues) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", theCase.path("id").asText());
        entry.put("version", theCase.path("version").asText());
        for (int i = 0; i < keyValues.length; i += 2) {
            entry.put((String) keyValues[i], keyValues[i + 1]);
        }
        return entry;
    }

    /** A {@code PATCH /api/cases} body. */
    public static Map<String, Object> patchBody(Object... entries) {
        return patchBody(List.of(entries));
    }

    public static Map<String, Object> patchBody(List<?> entries) {
        return Map.of("cases", new ArrayList<>(entries));
    }
}
