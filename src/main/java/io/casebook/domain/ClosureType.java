package io.casebook.domain;

import java.util.Arrays;

/** What closes a case besides its users: {@code close-by-pushing} closes it when it is pushed to a connector. */
public enum ClosureType {
    CLOSE_BY_USER("close-by-user"), CLOSE_BY_PUSHING("close-by-pushing");

    private final String wire;

    ClosureType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static ClosureType fromWire(String value) {
        if (value == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"closure_type\"");
        }
        return Arrays.stream(values()).filter(c -> c.wire.equals(value)).findFirst()
                .orElseThrow(() -> CasesException.invalid("Invalid value \"" + value
                        + "\" supplied to \"closure_type\""));
    }
}
