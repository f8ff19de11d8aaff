package io.casebook.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kibana's v1 custom field types. */
public enum CustomFieldType {
    TEXT, TOGGLE, NUMBER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CustomFieldType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(value)).findFirst();
    }
}
