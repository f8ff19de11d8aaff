package io.casebook.domain.security;

import java.util.Arrays;
import java.util.Optional;

/** A Kibana base privilege on a feature: {@code all} includes {@code read}, {@code none} grants nothing. */
public enum Level {
    NONE("none"), READ("read"), ALL("all");

    private final String wire;

    Level(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Whether this level grants what {@code needed} grants. */
    public boolean covers(Level needed) {
        return compareTo(needed) >= 0;
    }

    public static Optional<Level> fromWire(String value) {
        return Arrays.stream(values()).filter(l -> l.wire.equals(value)).findFirst();
    }
}
