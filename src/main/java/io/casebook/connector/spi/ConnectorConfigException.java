package io.casebook.connector.spi;

/**
 * An instance whose config or secrets break its type's options; the message names the option, worded as
 * Kibana's schema does ({@code [apiUrl]: expected value of type [string] but got [undefined]}).
 */
public class ConnectorConfigException extends RuntimeException {

    public ConnectorConfigException(String message) {
        super(message);
    }
}
