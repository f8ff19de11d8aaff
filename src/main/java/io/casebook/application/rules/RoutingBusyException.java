package io.casebook.application.rules;

/**
 * Another consumer holds a row this routing transaction needs out of lock order; waiting could deadlock, so
 * the transaction gives up and its alerts wait for the next poll (not counted as a failed attempt).
 */
public class RoutingBusyException extends RuntimeException {

    public RoutingBusyException(String what) {
        super(what + " is held by another consumer", null, false, false);
    }
}
