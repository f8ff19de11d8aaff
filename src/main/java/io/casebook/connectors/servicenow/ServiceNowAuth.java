package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.JsonHttp;

/** How calls to ServiceNow authenticate: a fixed Basic header, or an OAuth bearer token that can go stale. */
interface ServiceNowAuth {

    /** The {@code Authorization} value for the next call. */
    String authorization();

    /**
     * Told that ServiceNow answered 401 to {@code used}; true when a retry with a new {@link #authorization()}
     * may succeed (a cached token ServiceNow revoked or expired early), false when retrying is pointless.
     */
    default boolean renewAfterUnauthorized(String used) {
        return false;
    }

    /** HTTP Basic with the connector's user: a 401 means wrong credentials, so it is never retried. */
    static ServiceNowAuth basic(String username, String password) {
        String header = JsonHttp.basicAuth(username, password);
        return () -> header;
    }
}
