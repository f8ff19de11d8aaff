package io.casebook.application.ingest;

import java.time.Instant;

/** How a payload arrived: its format (native, alertmanager, pagerduty, elastic), transport and raw body. */
public record Delivery(String id, String format, String transport, Instant receivedAt, String payload) {
}
