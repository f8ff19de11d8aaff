package io.casebook.adapter.in.rest.auth;

/**
 * How the ingest routes treat senders: whether one without credentials is refused ({@code
 * casebook.ingest.require-token}), the requests per second each sender may make ({@code
 * casebook.ingest.rate-per-second}, 0 = unlimited; a source or integration may set its own), and the body size
 * above which a {@code /v2/enqueue} body is not searched for its routing key (the handler answers 413).
 */
public record IngestPolicy(boolean requireToken, int ratePerSecond, int maxBodyBytes) {
}
