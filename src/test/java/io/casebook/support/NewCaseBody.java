package io.casebook.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds a {@code POST /api/cases} body with Kibana's required fields, and creates the case in a space. */
public final class NewCaseBody {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private NewCaseBody(String title) {
        body.put("title", title);
        body.put("description", "Description of " + title);
        body.put("tags", List.of());
        body.put("connector", Map.of("id", "none", "name", "none", "type", ".none"));
        body.put("settings", Map.of("syncAlerts", false));
        body.put("owner", "cases");
    }

    public static NewCaseBody titled(String title) {
        return new NewCaseBody(title);
    }

    public NewCaseBody with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public NewCaseBody description(String description) {
        return with("description", description);
    }

    public NewCaseBody tags(String... tags) {
        return with("tags", List.of(tags));
    }

    public NewCaseBody assignees(String... uids) {
        return with("assignees", Arrays.stream(uids).map(uid -> Map.of("uid", uid)).toList());
    }

    /** The body as built, to send by hand (as another user, say). */
    public Map<String, Object> body() {
        return body;
    }

    /** Creates the case in {@code space} ("default" for no prefix) and returns Kibana's answer. */
    public JsonNode createIn(Api api, String space) {
        Api.Result created = api.post(Spaces.path(space, "/api/cases"), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }
}
