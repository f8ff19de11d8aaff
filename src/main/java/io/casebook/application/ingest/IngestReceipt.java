package io.casebook.application.ingest;

import java.util.List;

/** The durable record of one delivery (HTTP request or JMS message) and what became of its alerts. */
public record IngestReceipt(String deliveryId, List<IngestedAlert> alerts) {

    public long count(IngestOutcome outcome) {
        return alerts.stream().filter(a -> a.outcome() == outcome).count();
    }
}
