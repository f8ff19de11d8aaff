package io.casebook.api.configure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the configure tests, in Kibana's wire shape. */
final class ConfigureBodies {

    static final Map<String, Object> NO_CONNECTOR = connector();

    private ConfigureBodies() {
    }

    /** A unique space per test, so tests in one engine never see each other's configurations. */
    static String space() {
        return "/s/t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> configuration(String owner, Object... extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner", owner);
        body.put("closure_type", "close-by-user");
        body.put("connector", NO_CONNECTOR);
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    static Map<String, Object> field(String key, String type, boolean required) {
        return field(key, "Label " + key, type, required, null);
    }

    static Map<String, Object> field(String key, String label, String type, boolean required, Object defaultValue) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("key", key);
        f.put("label", label);
        f.put("type", type);
        f.put("required", required);
        if (defaultValue != null) {
            f.put("defaultValue", defaultValue);
        }
        return f;
    }

    static List<Map<String, Object>> textFields(int count) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(field("field_" + i, "text", false));
        }
        return out;
    }

    static Map<String, Object> template(String key, Object caseFields) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("key", key);
        t.put("name", "Template " + key);
        t.put("caseFields", caseFields);
        return t;
    }

    static List<Map<String, Object>> templates(int count) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(template("template_" + i, null));
        }
        return out;
    }

    static Map<String, Object> value(String key, String type, Object value) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", key);
        v.put("type", type);
        v.put("value", value);
        return v;
    }

    static Map<String, Object> newCase(String owner, List<?> customFields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "A case");
        body.put("description", "A case description.");
        body.put("tags", List.of());
        body.put("connector", NO_CONNECTOR);
        body.put("settings", Map.of("syncAlerts", false));
        body.put("owner", owner);
        if (customFields != null) {
            body.put("customFields", customFields);
        }
        return body;
    }

    private static Map<String, Object> connector() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "none");
        c.put("name", "none");
        c.put("type", ".none");
        c.put("fields", null);
        return c;
    }
}
