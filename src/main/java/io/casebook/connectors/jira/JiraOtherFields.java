package io.casebook.connectors.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kibana's Jira {@code otherFields}: a case field holding a JSON object (as text) of further issue fields,
 * typically custom fields ({@code {"customfield_10020": 5}}), merged into the issue's {@code fields} on create
 * and update, over the mapped ones. Kibana accepts any text on the case and refuses it at the push, so the
 * push fails (424) before any call, naming the problem: not a JSON object, or one of the keys Kibana keeps for
 * its own incident parameters.
 */
final class JiraOtherFields {

    static final String FIELD = "otherFields";

    /** Kibana's incident parameters, which {@code otherFields} may not define (its {@code validateOtherFieldsKeys}). */
    private static final List<String> RESERVED = List.of("summary", "description", "externalId", "issueType",
            "priority", "labels", "parent", FIELD);

    /** Trailing text after the object ({@code {} x}) is refused, as JSON.parse refuses it. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private JiraOtherFields() {
    }

    /** The case's other fields, empty when it has none; a {@link PushFailedException} when they are unusable. */
    static Map<String, Object> of(PushRequest request) {
        Object value = request.fields().get(FIELD);
        if (value == null || value.toString().isBlank()) {
            return Map.of();
        }
        JsonNode node;
        try {
            node = value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(value);
        } catch (JsonProcessingException e) {
            throw new PushFailedException("[Action][Jira]: " + FIELD + " must be a JSON object: "
                    + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new PushFailedException("[Action][Jira]: " + FIELD + " must be a JSON object");
        }
        List<String> reserved = RESERVED.stream().filter(node::has).toList();
        if (!reserved.isEmpty()) {
            throw new PushFailedException("[Action][Jira]: The following properties cannot be defined inside "
                    + FIELD + ": " + String.join(", ", reserved) + ".");
        }
        return JSON.convertValue(node, FIELDS);
    }

    /** The issue's {@code fields}: the mapped ones, then the other fields over them, as Kibana spreads them. */
    static Map<String, Object> merged(JiraIssueFields mapped, Map<String, Object> otherFields) {
        Map<String, Object> fields = JSON.convertValue(mapped, FIELDS);
        fields.putAll(otherFields);
        return fields;
    }
}
