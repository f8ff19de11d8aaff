package io.casebook.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Request bodies for the attachment API tests, in Kibana's shapes. */
public final class AttachmentFixtures {

    private AttachmentFixtures() {
    }

    public static Map<String, Object> newCase(String title, String owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "A case description.");
        body.put("tags", List.of());
        body.put("connector", Map.of("id", "none", "name", "none", "type", ".none"));
        body.put("settings", Map.of("syncAlerts", false));
        body.put("owner", owner);
        return body;
    }

    public static Map<String, Object> userComment(String text) {
        return Map.of("type", "user", "comment", text, "owner", "cases");
    }

    public static Map<String, Object> alerts(Object alertId, Object index) {
        return alerts(alertId, index, "cases");
    }

    public static Map<String, Object> alerts(Object alertId, Object index, String owner) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", "rule-1");
        rule.put("name", "Rule one");
        return Map.of("type", "alert", "alertId", alertId, "index", index, "rule", rule, "owner", owner);
    }

    /** Alert ids {@code prefix-from .. prefix-(from+count-1)}. */
    public static List<String> alertIds(String prefix, int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> prefix + "-" + i).toList();
    }

    public static List<String> sameIndex(int count) {
        return Collections.nCopies(count, ".alerts-security.alerts-default");
    }
}
