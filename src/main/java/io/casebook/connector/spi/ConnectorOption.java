package io.casebook.connector.spi;

import java.util.List;

/**
 * One config or secrets key of a connector type, declared once as data and used both to validate instances
 * and to describe the type (Kafka Connect's ConfigDef idea). {@code values} lists an enum's allowed values.
 */
public record ConnectorOption(String key, OptionType type, boolean required, boolean secret, Object defaultValue,
                              List<String> values, String description) {

    public ConnectorOption {
        if (key == null || key.isBlank() || type == null) {
            throw new IllegalArgumentException("A connector option needs a key and a type");
        }
        values = values == null ? List.of() : List.copyOf(values);
        if (type == OptionType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("Enum option " + key + " needs its allowed values");
        }
    }

    /** A required config option. */
    public static ConnectorOption required(String key, OptionType type, String description) {
        return new ConnectorOption(key, type, true, false, null, null, description);
    }

    /** An optional config option with its default (null for none). */
    public static ConnectorOption optional(String key, OptionType type, Object defaultValue, String description) {
        return new ConnectorOption(key, type, false, false, defaultValue, null, description);
    }

    /** An optional config option taking one of {@code values}, {@code defaultValue} when absent. */
    public static ConnectorOption oneOf(String key, String defaultValue, List<String> values, String description) {
        return new ConnectorOption(key, OptionType.ENUM, false, false, defaultValue, values, description);
    }

    /** A string secret; {@code required} as the type's schema says. */
    public static ConnectorOption secret(String key, boolean required, String description) {
        return new ConnectorOption(key, OptionType.STRING, required, true, null, null, description);
    }
}
