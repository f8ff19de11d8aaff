package io.casebook.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: gives an owner a configuration with optional custom fields, so cases may carry values. */
public final class Configure {

    private Configure() {
    }

    /** {@code fields} alternates key and type: {@code "k1", "text", "flag", "toggle"}. */
    public static void optionalCustomFields(Api api, String pathPrefix, String owner, String... fields) {
        List<Map<String, Object>> definitions = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            definitions.add(Map.of("key", fields[i], "label", fields[i], "type", fields[i + 1], "required", false));
        }
        Map<String, Object> connector = new HashMap<>(Map.of("id", "none", "name", "none", "type", ".none"));
        connector.put("fields", null);
        Api.Result result = api.post(pathPrefix + "/api/cases/configure", Map.of("owner", owner,
                "closure_type", "close-by-user", "connector", connector, "customFields", definitions));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
    }
}
