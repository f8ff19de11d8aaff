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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Casebook's own format (DESIGN §4.3): one object or an array of {@code {id?, source, rule?, status,
 * severity?, title, description?, labels?, fields?, startsAt?, endsAt?, url?}}. Identity is source + id, or
 * source + label set when no id is given.
 */
public final class NativeAlertNormaliser implements AlertNormaliser {

    private static final Set<String> KEYS = Set.of("id", "source", "rule", "status", "severity", "title",
            "description", "labels", "fields", "startsAt", "endsAt", "url");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper;

    public NativeAlertNormaliser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String format() {
        return "native";
    }

    @Override
    public List<Alert> normalise(JsonNode payload) {
        if (payload.isObject()) {
            return List.of(alert(payload, ""));
        }
        if (!payload.isArray()) {
            throw new InvalidAlertException("body", "expected an alert object or an array of alerts but got "
                    + JsonFields.describe(payload));
        }
        if (payload.isEmpty()) {
            throw new InvalidAlertException("body", "the array holds no alert");
        }
        List<Alert> alerts = new ArrayList<>(payload.size());
        for (int i = 0; i < payload.size(); i++) {
            JsonNode item = payload.get(i);
            if (!item.isObject()) {
                throw new InvalidAlertException("[" + i + "]", "expected an object but got " + JsonFields.describe(item));
            }
            alerts.add(alert(item, "[" + i + "]."));
        }
        return alerts;
    }

    private Alert alert(JsonNode node, String path) {
        node.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new InvalidAlertException(path + key, "is not a field of a native alert (allowed: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        });
        String source = JsonFields.text(node, "source", path, true);
        String status = JsonFields.text(node, "status", path, true);
        AlertStatus alertStatus = AlertStatus.fromWire(status).filter(s -> s != AlertStatus.ACKNOWLEDGED)
                .orElseThrow(() -> new InvalidAlertException(path + "status",
                        "expected one of firing, resolved but got \"" + status + "\""));
        String severity = JsonFields.text(node, "severity", path, false);
        Severity alertSeverity = severity == null ? null : Arrays.stream(Severity.values())
                .filter(s -> s.wire().equals(severity)).findFirst()
                .orElseThrow(() -> new InvalidAlertException(path + "severity",
                        "expected one of low, medium, high, critical but got \"" + severity + "\""));
        Map<String, String> labels = JsonFields.stringMap(node, "labels", path);
        JsonNode fields = JsonFields.object(node, "fields", path);
        String id = JsonFields.text(node, "id", path, false);
        String url = JsonFields.text(node, "url", path, false);
        String title = JsonFields.text(node, "title", path, true);
        return new Alert(source, id != null ? id : Alert.fingerprintOf(labels, title), alertStatus, alertSeverity,
                title, JsonFields.text(node, "description", path, false),
                labels, fields == null ? Map.of() : mapper.convertValue(fields, MAP),
                JsonFields.instant(node, "startsAt", path), JsonFields.instant(node, "endsAt", path),
                url == null ? List.of() : List.of(new AlertLink(url, "source")), rule(node, path), null);
    }

    private static AlertRule rule(JsonNode node, String path) {
        JsonNode rule = JsonFields.object(node, "rule", path);
        if (rule == null) {
            return null;
        }
        return new AlertRule(JsonFields.text(rule, "id", path + "rule.", true),
                JsonFields.text(rule, "name", path + "rule.", false));
    }
}
