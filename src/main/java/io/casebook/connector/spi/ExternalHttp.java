package io.casebook.connector.spi;

import java.util.Map;

/**
 * The HTTP client connectors call their external system with; the engine provides it (through Camel), so a
 * type never opens connections of its own and the engine can later add proxies, TLS settings or rate limits.
 */
public interface ExternalHttp {

    /** A response of any status; reaching the server at all is what counts as success here. */
    record Reply(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * Sends one request; {@code url} is absolute and already encoded, {@code body} null for none.
     *
     * @throws PushFailedException when the server cannot be reached or does not answer
     */
    Reply send(String method, String url, Map<String, String> headers, String body);
}
