package io.casebook.adapter.in.rest.auth;

import io.casebook.adapter.in.rest.ApiException;

/**
 * 429: the caller spent its request budget ({@code casebook.api.rate-per-second}, or an alert sender's
 * {@code casebook.ingest.rate-per-second}); answered with {@code Retry-After} in seconds, which Alertmanager and
 * HTTP clients honour.
 */
public final class TooManyRequestsException extends ApiException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(429, "Too many requests: retry after " + retryAfterSeconds + " second(s)");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
