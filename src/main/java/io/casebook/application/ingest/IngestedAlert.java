package io.casebook.application.ingest;

/** One alert of a delivery after it was stored: its id (null when dropped), identity and what storing it did. */
public record IngestedAlert(String id, String source, String fingerprint, IngestOutcome outcome) {
}
