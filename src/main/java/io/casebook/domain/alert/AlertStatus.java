package io.casebook.domain.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an alert stands at its source: firing, acknowledged (PagerDuty) or resolved. */
public enum AlertStatus {
    FIRING, ACKNOWLEDGED, RESOLVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }
}
