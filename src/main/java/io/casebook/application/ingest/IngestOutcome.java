package io.casebook.application.ingest;

/**
 * What storing one alert did: a new alert, a change to a known one, a repeat of what we had, or a follow-up
 * (acknowledge, resolve) dropped because its alert is unknown or already resolved.
 */
public enum IngestOutcome {
    NEW, UPDATED, DUPLICATE, DROPPED
}
