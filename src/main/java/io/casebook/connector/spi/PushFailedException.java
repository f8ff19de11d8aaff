package io.casebook.connector.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * The external system refused a push or could not be reached; the message is the system's own words.
 * {@link #retryable()} failures (unreachable, timed out, 408, 429, 5xx) are tried again later, after
 * {@link #retryAfter()} when the system said how long to wait; the others (bad request, unauthorised) are final.
 * {@link #unanswered()} failures are calls that went out but got no answer: the system may have acted on them.
 */
public class PushFailedException extends RuntimeException {

    private final boolean retryable;
    private final Duration retryAfter;
    private final boolean unanswered;

    /** A final failure: trying again would get the same answer. */
    public PushFailedException(String message) {
        this(message, false, null, null);
    }

    /** A final failure with its cause. */
    public PushFailedException(String message, Throwable cause) {
        this(message, false, null, cause);
    }

    protected PushFailedException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        this(message, retryable, retryAfter, false, cause);
    }

    private PushFailedException(String message, boolean retryable, Duration retryAfter, boolean unanswered,
                                Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.unanswered = unanswered;
    }

    /** A failure that may pass: the system was unreachable, slow or overloaded; {@code retryAfter} may be null. */
    public static PushFailedException transientFailure(String message, Duration retryAfter, Throwable cause) {
        return new PushFailedException(message, true, retryAfter, cause);
    }

    /**
     * A call that was sent but got no answer (timed out, connection lost): transient, and the system may have
     * done what was asked, e.g. made the record a create asked for.
     */
    public static PushFailedException unanswered(String message, Throwable cause) {
        return new PushFailedException(message, true, null, true, cause);
    }

    /** The same failure (final or not, unanswered or not) in other words, without its cause. */
    public PushFailedException reworded(String message) {
        return new PushFailedException(message, retryable, retryAfter, unanswered, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** Whether the call went out without an answer, so its effect on the system is unknown. */
    public boolean unanswered() {
        return unanswered;
    }

    /** How long the system asked us to wait (429/503 {@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
