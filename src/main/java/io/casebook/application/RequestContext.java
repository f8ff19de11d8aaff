package io.casebook.application;

import io.casebook.domain.User;
import io.casebook.domain.security.Access;

/**
 * Who is asking, in which Kibana space, and what they may do there. Built by the inbound adapter for every
 * request from the authenticated identity and its roles; the engine's own work (rules, push outbox) uses the
 * two-argument form, which has full access.
 */
public record RequestContext(String space, User user, Access access) {

    public static final String DEFAULT_SPACE = "default";

    public RequestContext {
        if (space == null || space.isBlank()) {
            throw new IllegalArgumentException("space is required");
        }
        if (user == null) {
            throw new IllegalArgumentException("user is required");
        }
        if (access == null) {
            throw new IllegalArgumentException("access is required");
        }
    }

    /** The engine acting on its own behalf: full access. */
    public RequestContext(String space, User user) {
        this(space, user, Access.FULL);
    }
}
