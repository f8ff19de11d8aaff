package io.casebook.application.rules;

import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertStatus;

import java.util.List;

/**
 * A stored alert this transaction holds (no other consumer can route it until commit), in its current state,
 * with its events not routed yet in the order they happened.
 */
public record ClaimedAlert(String alertId, Alert alert, List<Event> events) {

    public ClaimedAlert {
        events = List.copyOf(events);
    }

    /** One state the alert reached and nobody has routed yet. */
    public record Event(String id, AlertStatus status) {
    }
}
