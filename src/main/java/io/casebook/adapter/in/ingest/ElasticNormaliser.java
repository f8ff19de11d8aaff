package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertLink;
import io.casebook.domain.AlertRule;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.alert.InvalidAlertException;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a Kibana Webhook connector action as the README documents it (version 1): Kibana's per-alert
 * mustache variables laid out as {@code rule}, {@code alert} and {@code context} objects. One alert per body,
 * identified by rule id + alert uuid (the alert id when Kibana gives no uuid); the {@code recovered} action
 * group resolves it. Only that shape is accepted, so a mistyped template fails loudly at its first run.
 */
public final class ElasticNormaliser implements AlertNormaliser {

    static final String RECOVERED = "recovered";
    private static final List<String> KEYS = List.of("version", "rule", "alert", "context", "severity", "date",
            "kibanaBaseUrl");
    private static final List<String> RULE_KEYS = List.of("id", "name", "tags", "url", "spaceId");
    private static final List<String> ALERT_KEYS = List.of("id", "uuid", "actionGroup", "actionGroupName",
            "flapping");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper;

    public ElasticNormaliser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String format() {
        return "elastic";
    }

    @Override
    public List<Alert> normalise(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidAlertException("body", "expected the Elastic webhook body (an object) but got "
                    + JsonFields.describe(body));
        }
        onlyKeys(body, "", KEYS);
        String version = JsonFields.text(body, "version", "", true);
        if (!version.equals("1")) {
            throw new InvalidAlertException("version", "expected \"1\" but got \"" + version + "\"");
        }
        JsonNode rule = required(body, "rule", RULE_KEYS);
        JsonNode alert = required(body, "alert", ALERT_KEYS);
        String ruleId = nonEmpty(rule, "id", "rule.");
        String ruleName = nonEmpty(rule, "name", "rule.");
        String actionGroup = nonEmpty(alert, "actionGroup", "alert.");
        String alertId = optional(alert, "id", "alert.");
        String uuid = optional(alert, "uuid", "alert.");
        if (alertId == null && uuid == null) {
            throw new InvalidAlertException("alert.uuid", "is empty: run the action \"For each alert\", "
                    + "not as a summary of alerts");
        }
        boolean recovered = actionGroup.equals(RECOVERED);
        Instant date = JsonFields.instant(body, "date", "");
        Map<String, Object> context = context(body);
        Object reason = context.get("reason");
        Map<String, String> labels = new LinkedHashMap<>();
        putIfPresent(labels, "alert_id", alertId);
        putIfPresent(labels, "space_id", optional(rule, "spaceId", "rule."));
        String url = optional(rule, "url", "rule.");
        return List.of(new Alert("elastic", ruleId + ":" + (uuid != null ? uuid : alertId),
                recovered ? AlertStatus.RESOLVED : AlertStatus.FIRING, severity(body), ruleName,
                reason == null || reason.toString().isBlank() ? null : reason.toString(), labels,
                fields(body, rule, alert, context), recovered ? null : date, recovered ? date : null,
                url == null ? List.of() : List.of(new AlertLink(url, "rule")), new AlertRule(ruleId, ruleName),
                null));
    }

    private Map<String, Object> fields(JsonNode body, JsonNode rule, JsonNode alert, Map<String, Object> context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonNode tags = rule.get("tags");
        if (tags != null && !tags.isNull()) {
            if (!tags.isArray() || !Arrays.stream(mapper.convertValue(tags, Object[].class))
                    .allMatch(t -> t instanceof String)) {
                throw new InvalidAlertException("rule.tags", "expected an array of strings (render it with "
                        + "{{{rule.tags.asJSON}}}) but got " + JsonFields.describe(tags));
            }
            fields.put("tags", mapper.convertValue(tags, List.class));
        }
        putIfPresent(fields, "actionGroup", optional(alert, "actionGroup", "alert."));
        putIfPresent(fields, "actionGroupName", optional(alert, "actionGroupName", "alert."));
        String flapping = optional(alert, "flapping", "alert.");
        if (flapping != null && !flapping.equals("true") && !flapping.equals("false")) {
            throw new InvalidAlertException("alert.flapping", "expected \"true\", \"false\" or \"\" but got \""
                    + flapping + "\"");
        }
        if (flapping != null) {
            fields.put("flapping", Boolean.parseBoolean(flapping));
        }
        putIfPresent(fields, "kibanaBaseUrl", optional(body, "kibanaBaseUrl", ""));
        if (!context.isEmpty()) {
            fields.put("context", context);
        }
        return fields;
    }

    /** {@code context} holds whatever rule-type variables the template chose ({@code reason} at least). */
    private Map<String, Object> context(JsonNode body) {
        JsonNode context = JsonFields.object(body, "context", "");
        return context == null ? Map.of() : mapper.convertValue(context, MAP);
    }

    private static Severity severity(JsonNode body) {
        String severity = optional(body, "severity", "");
        if (severity == null) {
            return null;
        }
        return Arrays.stream(Severity.values()).filter(s -> s.wire().equals(severity)).findFirst()
                .orElseThrow(() -> new InvalidAlertException("severity",
                        "expected one of low, medium, high, critical or \"\" but got \"" + severity + "\""));
    }

    private static JsonNode required(JsonNode body, String name, List<String> keys) {
        JsonNode node = JsonFields.object(body, name, "");
        if (node == null) {
            throw new InvalidAlertException(name, "is required");
        }
        onlyKeys(node, name + ".", keys);
        return node;
    }

    private static void onlyKeys(JsonNode node, String path, List<String> keys) {
        node.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw new InvalidAlertException(path + key, "is not a field of the Elastic webhook body (allowed: "
                        + String.join(", ", keys) + ")");
            }
        });
    }

    /** A rendered variable that must not be empty. */
    private static String nonEmpty(JsonNode node, String name, String path) {
        String value = optional(node, name, path);
        if (value == null) {
            throw new InvalidAlertException(path + name, "is required and rendered empty");
        }
        return value;
    }

    /** A rendered variable; mustache renders an unknown one as "", which means absent. */
    private static String optional(JsonNode node, String name, String path) {
        String value = JsonFields.text(node, name, path, false);
        return value == null || value.isBlank() ? null : value;
    }

    private static void putIfPresent(Map<String, ? super String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
