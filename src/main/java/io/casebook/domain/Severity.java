package io.casebook.domain;

import java.util.Arrays;
import java.util.Locale;

/** Case severity, ordered from least to most severe. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst()
                .orElseThrow(() -> CasesException.invalid("Invalid value \"" + value + "\" supplied to \"severity\""));
    }
}
