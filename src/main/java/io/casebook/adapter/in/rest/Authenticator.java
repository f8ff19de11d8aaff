package io.casebook.adapter.in.rest;

import io.casebook.domain.User;
import org.apache.camel.Message;

/** Decides who sent a request. The security issue replaces the anonymous one; handlers never change. */
public interface Authenticator {
    User authenticate(Message request);
}
