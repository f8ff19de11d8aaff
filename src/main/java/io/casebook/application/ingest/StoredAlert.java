package io.casebook.application.ingest;

import io.casebook.domain.alert.Alert;

import java.time.Instant;
import java.util.List;

/** An alert as stored: its latest state, when it was first and last seen, and its history of changes. */
public record StoredAlert(String id, String format, Alert alert, Instant firstSeenAt, Instant lastSeenAt,
                          String lastDeliveryId, List<Event> history) {

    /**
     * One distinct state the alert reached, the delivery that carried it, and what the rules made of it: when
     * it was routed, or the last routing error and, once retries are spent, when it was parked.
     */
    public record Event(String id, String status, Instant receivedAt, String deliveryId, Instant routedAt,
                        String routeError, Instant parkedAt) {
    }
}
