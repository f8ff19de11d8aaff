package io.casebook.adapter.in.ingest;

import io.casebook.domain.Severity;

import java.util.Locale;
import java.util.Map;

/**
 * The conventional {@code severity} label of Prometheus and Grafana rules, read into a severity. Values
 * outside the convention give no severity rather than a refusal: the label is free text in those tools, and
 * refusing the payload would lose the alert.
 */
final class SeverityLabel {

    private static final Map<String, Severity> VALUES = Map.ofEntries(
            Map.entry("critical", Severity.CRITICAL),
            Map.entry("error", Severity.HIGH), Map.entry("high", Severity.HIGH), Map.entry("major", Severity.HIGH),
            Map.entry("warning", Severity.MEDIUM), Map.entry("warn", Severity.MEDIUM),
            Map.entry("medium", Severity.MEDIUM),
            Map.entry("info", Severity.LOW), Map.entry("low", Severity.LOW), Map.entry("none", Severity.LOW),
            Map.entry("minor", Severity.LOW));

    private SeverityLabel() {
    }

    static Severity map(String label) {
        return label == null ? null : VALUES.get(label.trim().toLowerCase(Locale.ROOT));
    }
}
