package io.casebook.application.rules;

import io.casebook.domain.alert.Alert;

/** A stored alert with events not routed yet, in its current state: a candidate for the next batch. */
public record PendingAlert(String alertId, Alert alert) {
}
