package io.casebook.domain;

/** Per-case settings; {@code syncAlerts} mirrors case status onto attached alerts. */
public record CaseSettings(boolean syncAlerts) {
}
