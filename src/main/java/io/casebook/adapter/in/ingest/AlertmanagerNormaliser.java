package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.AlertRule;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.alert.InvalidAlertException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alertmanager's webhook payload (version 4) and Grafana's superset of it (version 1, with {@code orgId}):
 * one alert per element of {@code alerts[]}, identified by its {@code fingerprint}, firing or resolved on its
 * own whatever the group's status. Unknown keys are ignored: both tools add fields between releases.
 */
public final class AlertmanagerNormaliser implements AlertNormaliser {

    /** Alertmanager's zero time: an alert that has not ended. */
    private static final Instant NOT_ENDED = Instant.parse("0001-01-01T00:00:00Z");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper;

    public AlertmanagerNormaliser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String format() {
        return "alertmanager";
    }

    @Override
    public List<Alert> normalise(JsonNode payload) {
        if (!payload.isObject()) {
            throw new InvalidAlertException("body", "expected an Alertmanager webhook object but got "
                    + JsonFields.describe(payload));
        }
        // Grafana-managed Alertmanager adds orgId (and the deprecated state) to the envelope, and says version 1.
        boolean grafana = present(payload, "orgId") || present(payload, "state");
        checkVersion(JsonFields.text(payload, "version", "", true), grafana);
        JsonNode alerts = JsonFields.objectArray(payload, "alerts", "");
        if (alerts == null) {
            throw new InvalidAlertException("alerts", "is required");
        }
        if (alerts.isEmpty()) {
            throw new InvalidAlertException("alerts", "holds no alert");
        }
        Envelope envelope = envelope(payload, grafana);
        List<Alert> out = new ArrayList<>(alerts.size());
        for (int i = 0; i < alerts.size(); i++) {
            out.add(alert(alerts.get(i), "alerts[" + i + "].", envelope));
        }
        return out;
    }

    /** What every alert of the group shares: where it came from and how it was routed. */
    private record Envelope(String source, String groupKey, Map<String, Object> fields) {
    }

    private Envelope envelope(JsonNode payload, boolean grafana) {
        Map<String, Object> fields = new LinkedHashMap<>();
        putText(fields, payload, "receiver", "");
        putText(fields, payload, "externalURL", "");
        Map<String, String> groupLabels = JsonFields.stringMap(payload, "groupLabels", "");
        if (!groupLabels.isEmpty()) {
            fields.put("groupLabels", groupLabels);
        }
        if (grafana && present(payload, "orgId")) {
            JsonNode orgId = payload.get("orgId");
            if (!orgId.isIntegralNumber()) {
                throw new InvalidAlertException("orgId", "expected a number but got " + JsonFields.describe(orgId));
            }
            fields.put("orgId", orgId.asLong());
        }
        return new Envelope(grafana ? "grafana" : "alertmanager", JsonFields.text(payload, "groupKey", "", false),
                fields);
    }

    private Alert alert(JsonNode node, String path, Envelope envelope) {
        String status = JsonFields.text(node, "status", path, true);
        AlertStatus alertStatus = AlertStatus.fromWire(status).filter(s -> s != AlertStatus.ACKNOWLEDGED)
                .orElseThrow(() -> new InvalidAlertException(path + "status",
                        "expected one of firing, resolved but got \"" + status + "\""));
        Map<String, String> labels = JsonFields.stringMap(node, "labels", path);
        Map<String, String> annotations = JsonFields.stringMap(node, "annotations", path);
        String alertname = labels.get("alertname");
        String fingerprint = JsonFields.text(node, "fingerprint", path, false);
        String title = firstNonBlank(annotations.get("summary"), alertname);
        if (fingerprint == null || fingerprint.isBlank()) {
            fingerprint = Alert.fingerprintOf(labels, String.valueOf(title));
        }
        if (title == null) {
            title = envelope.source() + " alert " + fingerprint;
        }
        Instant endsAt = JsonFields.instant(node, "endsAt", path);
        return new Alert(envelope.source(), fingerprint, alertStatus, SeverityLabel.map(labels.get("severity")),
                title, annotations.get("description"), labels, fields(node, path, annotations, envelope),
                JsonFields.instant(node, "startsAt", path), NOT_ENDED.equals(endsAt) ? null : endsAt,
                AlertmanagerLinks.of(node, path, annotations),
                alertname == null ? null : new AlertRule(alertname, alertname), envelope.groupKey());
    }

    private Map<String, Object> fields(JsonNode node, String path, Map<String, String> annotations,
                                      Envelope envelope) {
        Map<String, Object> fields = new LinkedHashMap<>(envelope.fields());
        if (!annotations.isEmpty()) {
            fields.put("annotations", annotations);
        }
        JsonNode values = JsonFields.object(node, "values", path);
        if (values != null) {
            fields.put("values", mapper.convertValue(values, MAP));
        }
        putText(fields, node, "valueString", path);
        return fields;
    }

    private static void checkVersion(String version, boolean grafana) {
        if (version.equals("4") || grafana && version.equals("1")) {
            return;
        }
        throw new InvalidAlertException("version", (grafana ? "expected \"1\" or \"4\"" : "expected \"4\"")
                + " but got \"" + version + "\"");
    }

    private static void putText(Map<String, Object> fields, JsonNode node, String name, String path) {
        String value = JsonFields.text(node, name, path, false);
        if (value != null && !value.isEmpty()) {
            fields.put(name, value);
        }
    }

    private static boolean present(JsonNode node, String name) {
        return node.hasNonNull(name);
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}
