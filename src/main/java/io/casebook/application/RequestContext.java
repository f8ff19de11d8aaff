package io.casebook.application;

import io.casebook.application.security.Principal;
import io.casebook.domain.User;

/**
 * Who is asking, from where, and in which Kibana space. Built by the inbound adapter for every request from
 * the authenticated {@link Principal}; use cases read the user for {@code created_by}/{@code updated_by} and
 * the caller's roles for what they may do. {@code sourceAddress} (the client's IP) is for the audit log; null
 * for work the engine does on its own.
 */
public record RequestContext(String space, Principal caller, String sourceAddress) {

    public static final String DEFAULT_SPACE = "default";

    public RequestContext {
        if (space == null || space.isBlank()) {
            throw new IllegalArgumentException("space is required");
        }
        if (caller == null) {
            throw new IllegalArgumentException("caller is required");
        }
    }

    /** The engine acting as {@code user} (the rules, the push outbox): a trusted caller, not a request. */
    public RequestContext(String space, User user) {
        this(space, Principal.engine(user), null);
    }

    /** The user recorded on what this request changes. */
    public User user() {
        return caller.user();
    }
}
