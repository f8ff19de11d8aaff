package io.casebook.adapter.in.rest;

import io.casebook.domain.security.Identity;
import org.apache.camel.Message;

/**
 * Decides who sent a request: the user and the names of their roles, which the dispatcher turns into their
 * access through the role book. Authentication replaces the anonymous one; handlers never change.
 */
public interface Authenticator {
    Identity authenticate(Message request);
}
