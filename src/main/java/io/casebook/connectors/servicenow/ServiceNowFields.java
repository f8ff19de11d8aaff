package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.connector.spi.PushFailedException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link IncidentBody} as each API takes it, with the case's {@code additionalFields} (Kibana's JSON object
 * of extra columns) merged in: as is for the Table API, {@code u_}-prefixed for the Import Set API
 * (Kibana's {@code prepareIncident}).
 */
final class ServiceNowFields {

    /**
     * Kibana's value, kept so records pushed by Kibana and by Casebook look alike to ServiceNow rules and
     * reports that filter on it.
     */
    static final String CORRELATION_DISPLAY = "Elastic Case";

    /** The Elastic app's import set columns are the incident's, prefixed (Kibana's {@code FIELD_PREFIX}). */
    static final String IMPORT_SET_PREFIX = "u_";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> COLUMNS = new TypeReference<>() {
    };

    private ServiceNowFields() {
    }

    /** Table API: the record's columns, then {@code additionalFields}, which win (they are the user's choice). */
    static Map<String, Object> tableBody(IncidentBody body, Object additionalFields) {
        Map<String, Object> record = JSON.convertValue(body, COLUMNS);
        record.putAll(additionalFields(additionalFields));
        return record;
    }

    /**
     * Import Set API: {@code additionalFields} as given (they name the staging table's own columns), then the
     * record's columns prefixed with {@code u_}, which win, as in Kibana.
     */
    static Map<String, Object> importSetBody(IncidentBody body, Object additionalFields) {
        Map<String, Object> record = new LinkedHashMap<>(additionalFields(additionalFields));
        JSON.convertValue(body, COLUMNS).forEach((column, value) -> record.put(IMPORT_SET_PREFIX + column, value));
        return record;
    }

    /** Kibana's {@code additionalFields}: a JSON object (or its text) of extra columns. */
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
        return JSON.convertValue(node, COLUMNS);
    }
}
