package io.casebook.adapter.in.rest;

import io.casebook.domain.User;
import io.casebook.domain.security.Identity;
import org.apache.camel.Message;

/**
 * Until authentication lands, every request acts as {@code casebook.auth.anonymous-user} holding the built-in
 * {@code superuser} role.
 */
public final class AnonymousAuthenticator implements Authenticator {

    private final Identity identity;

    public AnonymousAuthenticator(String username) {
        this.identity = Identity.superuser(User.named(username));
    }

    @Override
    public Identity authenticate(Message request) {
        return identity;
    }
}
