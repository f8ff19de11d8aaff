package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.alert.InvalidAlertException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed reads from a JSON payload that fail with the field's path and what was expected. */
public final class JsonFields {

    /** ISO 8601 with an offset written without a colon ({@code +0000}), as PagerDuty's examples write it. */
    private static final DateTimeFormatter BASIC_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter();

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
            return parseInstant(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidAlertException(path + name, "expected an RFC 3339 date-time but got \"" + raw + "\"");
        }
    }

    /** An RFC 3339 date-time, or ISO 8601 with a colon-less offset ({@code 2015-07-17T08:42:58.315+0000}). */
    public static Instant parseInstant(String raw) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(raw, BASIC_OFFSET).toInstant();
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

    /** An array whose elements are all objects; null when absent. */
    public static JsonNode objectArray(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new InvalidAlertException(path + name, "expected an array but got " + describe(node));
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw new InvalidAlertException(path + name + "[" + i + "]", "expected an object but got "
                        + describe(node.get(i)));
            }
        }
        return node;
    }

    public static String describe(JsonNode node) {
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
