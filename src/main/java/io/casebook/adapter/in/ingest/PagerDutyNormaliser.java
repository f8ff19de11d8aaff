package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertFollowUp;
import io.casebook.domain.alert.AlertLink;
import io.casebook.domain.AlertRule;
import io.casebook.domain.alert.AlertStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * PagerDuty Events API v2 alert events. A trigger is a full alert; acknowledge and resolve are follow-ups
 * naming it by {@code dedup_key}. The source is {@code pagerduty:} plus a digest of the routing key, so a
 * follow-up reaches only alerts triggered through the same routing key (PagerDuty's rule) and the key, a
 * credential at PagerDuty, never shows in the API.
 */
public final class PagerDutyNormaliser implements AlertNormaliser {

    static final int ROUTING_KEY_LENGTH = 32;
    static final int MAX_DEDUP_KEY_LENGTH = 255;
    static final int MAX_SUMMARY_LENGTH = 1024;
    private static final Map<String, AlertStatus> ACTIONS = Map.of("trigger", AlertStatus.FIRING,
            "acknowledge", AlertStatus.ACKNOWLEDGED, "resolve", AlertStatus.RESOLVED);
    private static final Map<String, Severity> SEVERITIES = Map.of("critical", Severity.CRITICAL,
            "error", Severity.HIGH, "warning", Severity.MEDIUM, "info", Severity.LOW);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper;

    public PagerDutyNormaliser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String format() {
        return "pagerduty";
    }

    @Override
    public List<Alert> normalise(JsonNode payload) {
        return read(payload).alerts();
    }

    @Override
    public NormalisedPayload read(JsonNode event) {
        if (!event.isObject()) {
            throw new InvalidPagerDutyEventException(List.of("Event object must be a JSON object"));
        }
        PagerDutyFieldReader in = new PagerDutyFieldReader();
        String routingKey = in.text(event, "routing_key", "", true);
        if (routingKey != null && routingKey.length() != ROUTING_KEY_LENGTH) {
            in.error("Length of 'routing_key' is incorrect (should be " + ROUTING_KEY_LENGTH + " characters)");
        }
        String action = in.text(event, "event_action", "", true);
        AlertStatus status = action == null ? null : ACTIONS.get(action);
        if (action != null && status == null) {
            in.error("'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or "
                    + "'resolve')");
        }
        String dedupKey = in.text(event, "dedup_key", "", status != null && status != AlertStatus.FIRING,
                MAX_DEDUP_KEY_LENGTH);
        if (status != AlertStatus.FIRING) {
            in.throwIfInvalid();
            return new NormalisedPayload(List.of(),
                    List.of(new AlertFollowUp(source(routingKey), dedupKey, status)));
        }
        return NormalisedPayload.of(List.of(trigger(event, in, routingKey, dedupKey)));
    }

    /** The source of every alert sent with this routing key (an opaque digest of it). */
    static String source(String routingKey) {
        return "pagerduty:" + Alert.fingerprintOf(Map.of("routing_key", routingKey));
    }

    private Alert trigger(JsonNode event, PagerDutyFieldReader in, String routingKey, String dedupKey) {
        JsonNode payload = in.object(event, "payload", "");
        String summary = in.text(payload, "summary", "payload.", true, MAX_SUMMARY_LENGTH);
        String origin = in.text(payload, "source", "payload.", true);
        String severity = in.text(payload, "severity", "payload.", true);
        if (severity != null && !SEVERITIES.containsKey(severity)) {
            in.error("'payload.severity' is invalid (must be one of the following: 'critical', 'warning', "
                    + "'error' or 'info')");
        }
        var timestamp = in.timestamp(payload, "timestamp", "payload.");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("source", origin);
        for (String name : List.of("component", "group", "class")) {
            String value = in.text(payload, name, "payload.", false);
            if (value != null) {
                labels.put(name, value);
            }
        }
        List<AlertLink> links = links(event, in);
        in.throwIfInvalid();
        // PagerDuty generates a random key for a trigger without one: such an alert is always new.
        String fingerprint = dedupKey != null ? dedupKey : UUID.randomUUID().toString();
        String eventClass = labels.get("class");
        return new Alert(source(routingKey), fingerprint, AlertStatus.FIRING, SEVERITIES.get(severity), summary,
                null, labels, customDetails(payload), timestamp, null, links,
                eventClass == null ? null : new AlertRule(eventClass, eventClass), null);
    }

    /** {@code custom_details} become the alert's fields; a non-object value is kept whole under its name. */
    private Map<String, Object> customDetails(JsonNode payload) {
        JsonNode details = payload == null ? null : payload.get("custom_details");
        if (details == null || details.isNull()) {
            return Map.of();
        }
        if (details.isObject()) {
            return mapper.convertValue(details, MAP);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("custom_details", mapper.convertValue(details, Object.class));
        return fields;
    }

    private static List<AlertLink> links(JsonNode event, PagerDutyFieldReader in) {
        List<AlertLink> links = new ArrayList<>();
        List<JsonNode> linkNodes = in.objects(event, "links");
        for (int i = 0; i < linkNodes.size(); i++) {
            String href = in.text(linkNodes.get(i), "href", "links[" + i + "].", true);
            String text = in.text(linkNodes.get(i), "text", "links[" + i + "].", false);
            if (href != null) {
                links.add(new AlertLink(href, text != null ? text : "link"));
            }
        }
        List<JsonNode> images = in.objects(event, "images");
        for (int i = 0; i < images.size(); i++) {
            String src = in.text(images.get(i), "src", "images[" + i + "].", true);
            String alt = in.text(images.get(i), "alt", "images[" + i + "].", false);
            in.text(images.get(i), "href", "images[" + i + "].", false);
            if (src != null) {
                links.add(new AlertLink(src, alt != null ? alt : "image"));
            }
        }
        String client = in.text(event, "client", "", false);
        String clientUrl = in.text(event, "client_url", "", false);
        if (clientUrl != null) {
            links.add(new AlertLink(clientUrl, client != null ? client : "client"));
        }
        return links;
    }
}
