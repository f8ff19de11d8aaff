package io.casebook.application.port;

import io.casebook.connector.spi.ExternalHttp;

/**
 * Outbound HTTP for pushes: per connector rate-limited, with transient answers (unreachable, timeout, 408, 429,
 * 5xx) turned into retryable failures carrying the server's {@code Retry-After}.
 */
public interface ConnectorCalls {

    /** The client one push to {@code connectorId} uses; {@code beforeEachCall} runs before every request. */
    ExternalHttp forPush(String connectorId, Runnable beforeEachCall);
}
