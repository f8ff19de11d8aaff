package io.casebook.application.ingest;

/** What storing one alert did: a new alert, a change to a known one, or a repeat of what we had. */
public enum IngestOutcome {
    NEW, UPDATED, DUPLICATE
}
