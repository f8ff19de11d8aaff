package io.casebook.application.port;

import io.casebook.application.ingest.AlertPage;
import io.casebook.application.ingest.AlertQuery;
import io.casebook.application.ingest.Delivery;
import io.casebook.application.ingest.IngestedAlert;
import io.casebook.application.ingest.StoredAlert;
import io.casebook.domain.alert.Alert;

import java.time.Instant;
import java.util.Optional;

/** Durable storage of deliveries, alerts and their history. Calls inside a transaction share it. */
public interface AlertStore {

    void saveDelivery(Delivery delivery);

    /**
     * Stores the alert under its (source, fingerprint) identity: new, updated (content changed, a history
     * event is added) or duplicate (nothing changes). Safe under concurrent deliveries of the same alert.
     */
    IngestedAlert upsert(Alert alert, Delivery delivery, Instant now);

    /**
     * The current state of the alert with this identity, its row locked until the surrounding transaction
     * ends so that a decision taken on it holds; empty when the alert is unknown.
     */
    Optional<Alert> lock(String source, String fingerprint);

    /** The alert with its full history, or empty. */
    Optional<StoredAlert> find(String id);

    /** The alerts matching the query, newest last-seen first, {@code limit} of them from {@code offset}. */
    AlertPage search(AlertQuery query, int offset, int limit);
}
