package io.casebook.adapter.in.rules;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what Jackson reports about rules.yaml into {@code <file>:<line>: <where>: <reason>}, in the file's
 * words (keys, YAML types) rather than Java's (classes, tokens).
 */
final class RulesFileErrors {

    private RulesFileErrors() {
    }

    static RulesFileException of(Path file, JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            return syntax(file, yaml, e);
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        String where = e instanceof DatabindException d ? path((JsonMappingException) d) : "";
        return new RulesFileException(file, line, (where.isEmpty() ? "" : where + ": ") + reason(e), e);
    }

    /** Where SnakeYAML found the problem, what it was, and what it was reading (from which line). */
    private static RulesFileException syntax(Path file, MarkedYAMLException yaml, JacksonException e) {
        Mark problem = yaml.getProblemMark();
        Mark context = yaml.getContextMark();
        String reason = "invalid YAML: " + yaml.getProblem() + (yaml.getContext() == null ? ""
                : " (" + yaml.getContext() + (context == null ? "" : " from line " + (context.getLine() + 1)) + ")");
        return new RulesFileException(file, problem == null ? 0 : problem.getLine() + 1, reason, e);
    }

    private static String reason(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown key \"" + u.getPropertyName() + "\" (expected one of: " + u.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + kind(m.getTargetType()) + got(m);
        }
        // Ours, already in the file's words; or a parser's, whose first line says it.
        return String.valueOf(e.getOriginalMessage()).strip().lines().findFirst().orElse("invalid");
    }

    /** What the value in the file was, when the parser still stands on it. */
    private static String got(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser p) || p.currentToken() == null) {
            return "";
        }
        JsonToken token = p.currentToken();
        try {
            return switch (token) {
                case START_ARRAY -> ", not a list";
                case START_OBJECT, FIELD_NAME -> ", not a mapping";
                case VALUE_STRING -> ", not the text \"" + p.getText() + "\"";
                default -> token.isScalarValue() ? ", not " + p.getText() : "";
            };
        } catch (java.io.IOException ignored) {
            return "";
        }
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a mapping" : "a value";
    }

    /** {@code rules[2].case.title}, from Jackson's reference chain. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
