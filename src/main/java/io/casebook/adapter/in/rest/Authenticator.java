package io.casebook.adapter.in.rest;

import io.casebook.application.security.Principal;
import org.apache.camel.Message;

/**
 * Decides who sent a request, or refuses it with an {@link io.casebook.adapter.in.rest.auth.UnauthorizedException}.
 * One per kind of route ({@link Authenticators}); handlers never see how it was decided.
 */
public interface Authenticator {
    Principal authenticate(Message request);
}
