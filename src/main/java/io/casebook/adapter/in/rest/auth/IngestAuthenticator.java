package io.casebook.adapter.in.rest.auth;

import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.application.security.Principal;
import org.apache.camel.Message;

/**
 * Alert senders: one that sends credentials is authenticated as that user (or key), whose roles then need
 * alerts {@code all} to ingest; one that sends none is let in as the anonymous sender, as long as per-source
 * ingest tokens do not exist (Alertmanager and Grafana webhooks are usually configured without credentials).
 */
public final class IngestAuthenticator implements Authenticator {

    private final Authenticator users;
    private final Authenticator anonymousSender;

    public IngestAuthenticator(Authenticator users, Authenticator anonymousSender) {
        this.users = users;
        this.anonymousSender = anonymousSender;
    }

    @Override
    public Principal authenticate(Message request) {
        String authorization = request.getHeader("Authorization", String.class);
        return authorization == null || authorization.isBlank() ? anonymousSender.authenticate(request)
                : users.authenticate(request);
    }
}
