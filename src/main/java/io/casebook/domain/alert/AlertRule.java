package io.casebook.domain.alert;

/** The rule (Prometheus alert rule, Elastic rule, ...) that fired an alert, when the source names it. */
public record AlertRule(String id, String name) {
}
