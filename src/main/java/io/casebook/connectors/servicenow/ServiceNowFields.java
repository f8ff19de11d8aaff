package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Kibana's ITSM and SIR formats ({@code itsm_format.ts}, {@code sir_format.ts}): case fields to record fields. */
final class ServiceNowFields {

    /**
     * Kibana's value, kept so records pushed by Kibana and by Casebook look alike to ServiceNow rules and
     * reports that filter on it.
     */
    static final String CORRELATION_DISPLAY = "Elastic Case";

    /** ITSM case field to incident column. */
    static final Map<String, String> ITSM = columns("urgency", "urgency", "severity", "severity",
            "impact", "impact", "category", "category", "subcategory", "subcategory");

    /** SIR case field to security incident column; the alert flags (destIp...) are handled apart. */
    static final Map<String, String> SIR = columns("category", "category", "subcategory", "subcategory",
            "priority", "priority");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceNowFields() {
    }

    /** The record body: title, description, correlation and the case's fields; absent fields are left out. */
    static Map<String, Object> record(PushRequest request, Map<String, String> columns) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("short_description", request.title());
        record.put("description", request.description());
        columns.forEach((field, column) -> {
            // Kibana sends nulls; leaving them out keeps ServiceNow's defaults and what users set there.
            if (request.field(field) != null) {
                record.put(column, request.field(field));
            }
        });
        record.put("correlation_id", request.caseId());
        record.put("correlation_display", CORRELATION_DISPLAY);
        record.putAll(additionalFields(request.fields().get("additionalFields")));
        return record;
    }

    /** Kibana's {@code additionalFields}: a JSON object (or its text) of extra columns, merged last. */
    private static Map<String, Object> additionalFields(Object value) {
        if (value == null || value.toString().isBlank()) {
            return Map.of();
        }
        JsonNode node;
        try {
            node = value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(value);
        } catch (java.io.IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new PushFailedException("[Action][ServiceNow]: additionalFields must be a JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> fields.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
        return fields;
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
