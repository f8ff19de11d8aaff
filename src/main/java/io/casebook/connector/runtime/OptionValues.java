package io.casebook.connector.runtime;

import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.OptionType;

import java.util.Map;

/** Whether one value fits its option's type; the problem in Kibana's words, or null when it fits. */
final class OptionValues {

    private OptionValues() {
    }

    static String problem(ConnectorOption option, Object value) {
        String got = " but got [" + typeOf(value) + "]";
        return switch (option.type()) {
            case STRING -> value instanceof String ? null : OptionValidator.expected(option) + got;
            case BOOLEAN -> value instanceof Boolean ? null : OptionValidator.expected(option) + got;
            case NUMBER -> value instanceof Number ? null : OptionValidator.expected(option) + got;
            case MAP -> !(value instanceof Map<?, ?> map) ? OptionValidator.expected(option) + got
                    : stringMap(map) ? null : "expected every value to be of type [string]";
            case URL -> !(value instanceof String s) ? OptionValidator.expected(option) + got
                    : !url(s) ? "expected a URL (http or https) but got [" + s + "]"
                    // Not echoed: what cannot be parsed cannot be told apart from user info, which may be a secret.
                    : !AllowedHosts.readable(s) ? "unable to parse url: no host can be read from it" : null;
            case ENUM -> value instanceof String s && option.values().contains(s) ? null
                    : "expected one of " + option.values() + " but got [" + value + "]";
        };
    }

    static String typeName(OptionType type) {
        return switch (type) {
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case MAP -> "Object";
            default -> "string";
        };
    }

    // Checked by scheme and host only: webhook URLs carry {{{external.system.id}}}, which no URI parser takes.
    private static boolean url(String text) {
        String lower = text.trim().toLowerCase();
        String rest = lower.startsWith("https://") ? lower.substring(8)
                : lower.startsWith("http://") ? lower.substring(7) : null;
        return rest != null && !rest.isEmpty() && !rest.startsWith("/") && !text.contains(" ");
    }

    private static boolean stringMap(Map<?, ?> map) {
        return map.values().stream().allMatch(v -> v instanceof String);
    }

    private static String typeOf(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Map) {
            return "Object";
        }
        return value instanceof Iterable ? "Array" : value.getClass().getSimpleName();
    }
}
