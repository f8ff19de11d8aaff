package io.casebook.application.ingest;

import io.casebook.application.Times;
import io.casebook.application.port.AlertStore;
import io.casebook.application.port.Transactions;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertFollowUp;
import io.casebook.domain.alert.AlertLifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        return ingest(format, transport, payload, alerts, List.of());
    }

    /**
     * Also applies follow-ups (acknowledge, resolve by identity); one for an unknown or resolved alert is
     * dropped, as PagerDuty drops it, and the delivery is still kept.
     */
    public IngestReceipt ingest(String format, String transport, String payload, List<Alert> alerts,
                                List<AlertFollowUp> followUps) {
        Instant now = Times.now(clock);
        Delivery delivery = new Delivery(UUID.randomUUID().toString(), format, transport, now, payload);
        return tx.inTransaction(() -> {
            store.saveDelivery(delivery);
            List<IngestedAlert> results = new ArrayList<>(alerts.size() + followUps.size());
            for (Alert alert : alerts) {
                Alert current = store.lock(alert.source(), alert.fingerprint()).orElse(null);
                results.add(store.upsert(AlertLifecycle.onDelivery(current, alert), delivery, now));
            }
            for (AlertFollowUp followUp : followUps) {
                Alert current = store.lock(followUp.source(), followUp.fingerprint()).orElse(null);
                Optional<Alert> next = AlertLifecycle.onFollowUp(current, followUp, now);
                results.add(next.map(a -> store.upsert(a, delivery, now)).orElseGet(() -> new IngestedAlert(null,
                        followUp.source(), followUp.fingerprint(), IngestOutcome.DROPPED)));
            }
            return new IngestReceipt(delivery.id(), results);
        });
    }
}
