package io.casebook.api.connectors;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies of the actions API for connector tests; every secret value starts with {@link #SECRET}. */
final class ConnectorBodies {

    /** A marker no response may ever contain. */
    static final String SECRET = "TOPSECRET-";

    private ConnectorBodies() {
    }

    static Map<String, Object> jira(String name) {
        return create(name, ".jira", Map.of("apiUrl", "https://jira.example.com", "projectKey", "OPS"),
                Map.of("email", "bot@example.com", "apiToken", SECRET + "jira-token"));
    }

    static Map<String, Object> create(String name, String type, Map<String, Object> config,
                                      Map<String, Object> secrets) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("connector_type_id", type);
        body.put("config", config);
        body.put("secrets", secrets);
        return body;
    }

    static Map<String, Object> update(String name, Map<String, Object> config, Map<String, Object> secrets) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("config", config);
        body.put("secrets", secrets);
        return body;
    }
}
