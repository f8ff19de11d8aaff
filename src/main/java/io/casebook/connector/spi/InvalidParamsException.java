package io.casebook.connector.spi;

/**
 * Sub-action params that do not fit the sub-action, worded as Kibana's schema words them
 * ({@code [subActionParams.externalId]: expected value of type [string] but got [undefined]}).
 */
public class InvalidParamsException extends RuntimeException {

    public InvalidParamsException(String message) {
        super(message);
    }
}
