package io.casebook.adapter.in.jms;

/** A JMS message that no retry can help (not text, too large): it goes to the dead-letter queue. */
public class UnprocessableMessageException extends RuntimeException {

    public UnprocessableMessageException(String message) {
        super(message);
    }
}
