package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.alert.InvalidAlertException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed reads from a JSON payload that fail with the field's path and what was expected. */
public final class JsonFields {

    private JsonFields() {
    }

    public static String text(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidAlertException(path + name, "is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidAlertException(path + name, "expected a string but got " + describe(node));
        }
        return node.asText();
    }

    public static Instant instant(JsonNode parent, String name, String path) {
        String raw = text(parent, name, path, false);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidAlertException(path + name, "expected an RFC 3339 date-time but got \"" + raw + "\"");
        }
    }

    public static Map<String, String> stringMap(JsonNode parent, String name, String path) {
        JsonNode node = object(parent, name, path);
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new InvalidAlertException(path + name + "." + e.getKey(),
                        "expected a string but got " + describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    public static JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidAlertException(path + name, "expected an object but got " + describe(node));
        }
        return node;
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase();
        };
    }
}
