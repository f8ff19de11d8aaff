package io.casebook.domain;

import java.util.Arrays;
import java.util.Optional;

/** The solution a case belongs to (Kibana's owner silos); immutable once the case exists. */
public enum Owner {
    CASES("cases", false), OBSERVABILITY("observability", false), SECURITY_SOLUTION("securitySolution", true);

    private final String wire;
    private final boolean syncAlertsByDefault;

    Owner(String wire, boolean syncAlertsByDefault) {
        this.wire = wire;
        this.syncAlertsByDefault = syncAlertsByDefault;
    }

    public String wire() {
        return wire;
    }

    /** Kibana's OWNER_INFO default for {@code settings.syncAlerts}. */
    public boolean syncAlertsByDefault() {
        return syncAlertsByDefault;
    }

    public static Optional<Owner> fromWire(String value) {
        return Arrays.stream(values()).filter(o -> o.wire.equals(value)).findFirst();
    }
}
