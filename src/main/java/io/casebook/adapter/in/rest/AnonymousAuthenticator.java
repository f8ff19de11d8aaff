package io.casebook.adapter.in.rest;

import io.casebook.application.security.Principal;
import io.casebook.domain.User;
import org.apache.camel.Message;

import java.util.Collection;

/**
 * Lets every request in as one fixed user without asking: with {@code casebook.auth.enabled=false} (local
 * trials only) as {@code casebook.auth.anonymous-user} with superuser rights, as today's behaviour was; and
 * for routes that need no user ({@code /api/status}).
 */
public final class AnonymousAuthenticator implements Authenticator {

    private final Principal principal;

    public AnonymousAuthenticator(String username, Collection<String> roles) {
        this.principal = Principal.anonymous(User.named(username), roles);
    }

    @Override
    public Principal authenticate(Message request) {
        return principal;
    }
}
