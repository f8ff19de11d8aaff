package io.casebook.domain.rules;

import io.casebook.domain.Severity;

import java.util.Map;

/**
 * The case severity a rule sets: a fixed value, or the alert's severity through a mapping (identity by
 * default); with {@code raise}, a more severe alert joining later raises the case's severity.
 */
public record SeverityPolicy(Severity fixed, Map<Severity, Severity> mapping, boolean raise) {

    public static final SeverityPolicy FROM_ALERT = new SeverityPolicy(null, Map.of(), true);

    public SeverityPolicy {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** The severity an alert of {@code alertSeverity} asks for (low when the alert has none). */
    public Severity forAlert(Severity alertSeverity) {
        if (fixed != null) {
            return fixed;
        }
        if (alertSeverity == null) {
            return Severity.LOW;
        }
        return mapping.getOrDefault(alertSeverity, alertSeverity);
    }
}
