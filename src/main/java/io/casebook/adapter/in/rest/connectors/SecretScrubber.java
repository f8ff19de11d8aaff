package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.casebook.connector.runtime.SecretValues;

import java.util.Map;

/**
 * Removes a connector's secret values (in every form {@link SecretValues} knows) from an answer built from what
 * the external system said: an error page or a record can echo a token or password sent to it, and the API must
 * never show one. A second guard: replies already come through {@code SecretRedactingHttp}.
 */
final class SecretScrubber {

    static final String REDACTED = SecretValues.REDACTED;

    private SecretScrubber() {
    }

    static JsonNode scrub(JsonNode answer, Map<String, Object> secrets) {
        SecretValues values = SecretValues.of(secrets);
        return values.isEmpty() ? answer : walk(answer, values);
    }

    private static JsonNode walk(JsonNode node, SecretValues secrets) {
        if (node.isTextual()) {
            return TextNode.valueOf(secrets.redact(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> e.setValue(walk(e.getValue(), secrets)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, walk(array.get(i), secrets));
            }
        }
        return node;
    }
}
