package io.casebook.application.ingest;

import io.casebook.application.Times;
import io.casebook.application.port.AlertStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.alert.Alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Makes a delivery of alerts durable: the raw payload and every normalised alert are committed in one
 * transaction before the caller acknowledges the sender (HTTP 2xx, JMS commit).
 */
public class AlertIngestService {

    private final AlertStore store;
    private final Transactions tx;
    private final Clock clock;

    public AlertIngestService(AlertStore store, Transactions tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    public IngestReceipt ingest(String format, String transport, String payload, List<Alert> alerts) {
        Instant now = Times.now(clock);
        Delivery delivery = new Delivery(UUID.randomUUID().toString(), format, transport, now, payload);
        return tx.inTransaction(() -> {
            store.saveDelivery(delivery);
            List<IngestedAlert> results = new ArrayList<>(alerts.size());
            for (Alert alert : alerts) {
                results.add(store.upsert(alert, delivery, now));
            }
            return new IngestReceipt(delivery.id(), results);
        });
    }
}
