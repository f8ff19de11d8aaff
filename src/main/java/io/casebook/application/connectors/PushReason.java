package io.casebook.application.connectors;

/** Why a push was queued: asked through the API, a watched change, a rule's auto_push, or a close/reopen. */
public enum PushReason {
    REQUEST, CHANGE, RULE, STATUS;

    public String wire() {
        return name().toLowerCase();
    }

    public static PushReason fromWire(String wire) {
        return valueOf(wire.toUpperCase());
    }
}
