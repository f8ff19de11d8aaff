package io.casebook.adapter.in.security;

import io.casebook.application.security.IngestSource;
import io.casebook.application.security.PagerDutyIntegration;

import java.util.List;

/** What ingest.yaml configures: token and Basic alert senders, and PagerDuty integrations by routing key. */
public record IngestFile(List<IngestSource> sources, List<PagerDutyIntegration> integrations) {

    public static final IngestFile EMPTY = new IngestFile(List.of(), List.of());

    public IngestFile {
        sources = List.copyOf(sources);
        integrations = List.copyOf(integrations);
    }
}
