package io.casebook.connector.runtime;

import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.Map;

/**
 * The {@link ExternalHttp} a connector instance calls through: replies and failures come back with the
 * instance's secrets redacted. An external system that echoes the credentials it was sent (an error page
 * repeating the Authorization header, a token endpoint repeating its form) then cannot carry them into a push
 * error, a case's push status, an execute answer or a log line, whatever the connector type does with the text.
 */
public final class SecretRedactingHttp implements ExternalHttp {

    private final ExternalHttp http;
    private final SecretValues secrets;

    private SecretRedactingHttp(ExternalHttp http, SecretValues secrets) {
        this.http = http;
        this.secrets = secrets;
    }

    /** {@code http} for the instance whose secrets are {@code secrets}. */
    public static ExternalHttp of(ExternalHttp http, Map<String, Object> secrets) {
        SecretValues values = SecretValues.of(secrets);
        return values.isEmpty() ? http : new SecretRedactingHttp(http, values);
    }

    @Override
    public Reply send(String method, String url, Map<String, String> headers, String body) {
        Reply reply;
        try {
            reply = http.send(method, url, headers, body);
        } catch (PushFailedException e) {
            String message = secrets.redact(e.getMessage());
            if (message.equals(e.getMessage())) {
                throw e;
            }
            // The cause is left out too: its message may hold the same text.
            throw e.reworded(message);
        }
        return new Reply(reply.status(), secrets.redact(reply.body()));
    }
}
