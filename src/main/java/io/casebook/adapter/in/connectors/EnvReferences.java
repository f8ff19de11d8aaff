package io.casebook.adapter.in.connectors;

import io.casebook.connector.spi.ConnectorConfigException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${env:VAR}} in a connector file's values from the environment (a lookup tests can replace,
 * since Java cannot set environment variables). Secrets must be such references, so files never hold one.
 */
final class EnvReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    private final Function<String, String> environment;

    EnvReferences(Function<String, String> environment) {
        this.environment = environment;
    }

    Map<String, Object> resolve(String part, Map<String, Object> values, boolean secret) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (values == null) {
            return out;
        }
        values.forEach((key, value) -> out.put(key, value instanceof String text
                ? resolve(part + "." + key, text, secret) : refuseSecret(part + "." + key, value, secret)));
        return out;
    }

    private String resolve(String where, String text, boolean secret) {
        Matcher whole = REFERENCE.matcher(text.trim());
        if (secret && !whole.matches()) {
            throw new ConnectorConfigException(where + " must be given as ${env:VARIABLE}, not in the file");
        }
        Matcher any = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (any.find()) {
            String value = environment.apply(any.group(1));
            if (value == null) {
                throw new ConnectorConfigException(where + ": environment variable " + any.group(1) + " is not set");
            }
            any.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        any.appendTail(out);
        return out.toString();
    }

    private static Object refuseSecret(String where, Object value, boolean secret) {
        if (secret && value != null) {
            throw new ConnectorConfigException(where + " must be given as ${env:VARIABLE}, not in the file");
        }
        return value;
    }
}
