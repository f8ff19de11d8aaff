package io.casebook.domain;

import java.util.Arrays;

/** Kibana's three case statuses, with their wire names. */
public enum CaseStatus {
    OPEN("open"), IN_PROGRESS("in-progress"), CLOSED("closed");

    private final String wire;

    CaseStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static CaseStatus fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst()
                .orElseThrow(() -> CasesException.invalid("Invalid value \"" + value + "\" supplied to \"status\""));
    }
}
