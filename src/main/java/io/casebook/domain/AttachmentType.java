package io.casebook.domain;

import java.util.Arrays;
import java.util.Optional;

/** Kibana's attachment {@code type} values that Casebook supports: user comments and alerts. */
public enum AttachmentType {
    USER("user"), ALERT("alert");

    private final String wire;

    AttachmentType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<AttachmentType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
    }
}
