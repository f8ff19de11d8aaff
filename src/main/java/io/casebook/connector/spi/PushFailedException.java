package io.casebook.connector.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * The external system refused a push or could not be reached; the message is the system's own words.
 * {@link #retryable()} failures (unreachable, timed out, 408, 429, 5xx) are tried again later, after
 * {@link #retryAfter()} when the system said how long to wait; the others (bad request, unauthorised) are final.
 */
public class PushFailedException extends RuntimeException {

    private final boolean retryable;
    private final Duration retryAfter;

    /** A final failure: trying again would get the same answer. */
    public PushFailedException(String message) {
        this(message, false, null, null);
    }

    /** A final failure with its cause. */
    public PushFailedException(String message, Throwable cause) {
        this(message, false, null, cause);
    }

    protected PushFailedException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** A failure that may pass: the system was unreachable, slow or overloaded; {@code retryAfter} may be null. */
    public static PushFailedException transientFailure(String message, Duration retryAfter, Throwable cause) {
        return new PushFailedException(message, true, retryAfter, cause);
    }

    public boolean retryable() {
        return retryable;
    }

    /** How long the system asked us to wait (429/503 {@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
