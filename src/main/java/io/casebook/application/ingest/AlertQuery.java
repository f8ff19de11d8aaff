package io.casebook.application.ingest;

import io.casebook.domain.alert.AlertStatus;

import java.time.Instant;
import java.util.List;

/**
 * Which stored alerts to list: each non-empty list is "any of these", the bounds apply to when an alert was
 * last seen (both inclusive, either may be null). Results come newest first.
 */
public record AlertQuery(List<String> sources, List<String> formats, List<AlertStatus> statuses,
                         List<String> fingerprints, Instant lastSeenFrom, Instant lastSeenTo) {

    public AlertQuery {
        sources = List.copyOf(sources);
        formats = List.copyOf(formats);
        statuses = List.copyOf(statuses);
        fingerprints = List.copyOf(fingerprints);
    }
}
