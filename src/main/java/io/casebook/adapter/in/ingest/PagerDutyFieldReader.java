package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads from a PagerDuty event that collect every problem, worded as PagerDuty words them
 * ({@code 'payload.summary' is missing or blank}), instead of stopping at the first: PagerDuty answers with
 * the whole list.
 */
final class PagerDutyFieldReader {

    private final List<String> errors = new ArrayList<>();

    /** A string field; null when absent, blank or of another type (each noted as an error when required). */
    String text(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            if (required) {
                error("'" + path + name + "' is missing or blank");
            }
            return null;
        }
        if (!node.isTextual()) {
            error("'" + path + name + "' must be a string");
            return null;
        }
        return node.asText();
    }

    /** A string field of at most {@code max} characters. */
    String text(JsonNode parent, String name, String path, boolean required, int max) {
        String value = text(parent, name, path, required);
        if (value != null && value.length() > max) {
            error("'" + path + name + "' is too long (maximum is " + max + " characters)");
            return null;
        }
        return value;
    }

    /** An object field; null when absent or of another type (noted as an error). */
    JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            error("'" + path + name + "' must be an object");
            return null;
        }
        return node;
    }

    /** The objects of an array field; elements of another type are noted as errors and skipped. */
    List<JsonNode> objects(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            error("'" + name + "' must be an array");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isObject()) {
                out.add(node.get(i));
            } else {
                error("'" + name + "[" + i + "]' must be an object");
            }
        }
        return out;
    }

    Instant timestamp(JsonNode parent, String name, String path) {
        String raw = text(parent, name, path, false);
        if (raw == null) {
            return null;
        }
        try {
            return JsonFields.parseInstant(raw);
        } catch (DateTimeParseException e) {
            error("'" + path + name + "' is invalid (must be an ISO 8601 date-time)");
            return null;
        }
    }

    void error(String message) {
        errors.add(message);
    }

    /** Throws PagerDuty's refusal when anything was wrong. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidPagerDutyEventException(errors);
        }
    }
}
