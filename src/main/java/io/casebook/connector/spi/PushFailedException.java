package io.casebook.connector.spi;

/** The external system refused a push or could not be reached; the message is the system's own words. */
public class PushFailedException extends RuntimeException {

    public PushFailedException(String message) {
        super(message);
    }

    public PushFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
