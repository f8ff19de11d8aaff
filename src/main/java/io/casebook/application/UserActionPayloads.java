package io.casebook.application;

import io.casebook.domain.Case;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldValue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds user-action payloads in the JSON shape Kibana stores ({@code payload_*} in its OAS). */
public final class UserActionPayloads {

    private UserActionPayloads() {
    }

    public static Map<String, Object> createCase(Case c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", c.getTitle());
        p.put("description", c.getDescription());
        p.put("tags", c.getTags());
        p.put("connector", connector(c.getConnector()));
        p.put("settings", Map.of("syncAlerts", c.getSettings().syncAlerts()));
        p.put("owner", c.getOwner().wire());
        p.put("severity", c.getSeverity().wire());
        p.put("assignees", assignees(c.getAssignees()));
        p.put("category", c.getCategory());
        p.put("customFields", customFields(c.getCustomFields()));
        p.put("status", c.getStatus().wire());
        return p;
    }

    public static Map<String, Object> connector(ConnectorRef connector) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", connector.id());
        m.put("name", connector.name());
        m.put("type", connector.type());
        m.put("fields", connector.fields());
        return m;
    }

    public static List<Map<String, Object>> assignees(List<String> uids) {
        return uids.stream().map(uid -> Map.<String, Object>of("uid", uid)).toList();
    }

    public static List<Map<String, Object>> customFields(List<CustomFieldValue> values) {
        return values.stream().map(v -> {
            Map<String, Object> m = new HashMap<>();
            m.put("key", v.key());
            m.put("type", v.type().wire());
            m.put("value", v.value());
            return m;
        }).toList();
    }
}
