package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes a connector's secret values from an answer built from what the external system said: an error page
 * or a record can echo a token or password sent to it, and the API must never show one.
 */
final class SecretScrubber {

    static final String REDACTED = "[redacted]";

    /** Shorter values would match ordinary words and numbers; no real token or password is this short. */
    private static final int MIN_LENGTH = 4;

    private SecretScrubber() {
    }

    static JsonNode scrub(JsonNode answer, Map<String, Object> secrets) {
        List<String> values = new ArrayList<>();
        secrets.values().forEach(value -> {
            // Secret headers are a map whose every value is as secret as a password.
            if (value instanceof Map<?, ?> map) {
                map.values().forEach(v -> add(values, v));
            } else {
                add(values, value);
            }
        });
        return values.isEmpty() ? answer : walk(answer, values);
    }

    private static void add(List<String> values, Object value) {
        if (value instanceof String text && text.length() >= MIN_LENGTH) {
            values.add(text);
        }
    }

    private static JsonNode walk(JsonNode node, List<String> secrets) {
        if (node.isTextual()) {
            String text = node.asText();
            for (String secret : secrets) {
                text = text.replace(secret, REDACTED);
            }
            return TextNode.valueOf(text);
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
