package io.casebook.application;

import io.casebook.application.security.Principal;
import io.casebook.domain.User;
import io.casebook.domain.security.Access;

/**
 * Who is asking, from where, in which Kibana space, and what they may do there. Built by the inbound adapter
 * for every request from the authenticated {@link Principal} and the {@link Access} its roles grant; use cases
 * read the user for {@code created_by}/{@code updated_by} and check the access. {@code sourceAddress} (the
 * client's IP) is for the audit log; null for work the engine does on its own.
 */
public record RequestContext(String space, Principal caller, String sourceAddress, Access access) {

    public static final String DEFAULT_SPACE = "default";

    public RequestContext {
        if (space == null || space.isBlank()) {
            throw new IllegalArgumentException("space is required");
        }
        if (caller == null) {
            throw new IllegalArgumentException("caller is required");
        }
        if (access == null) {
            throw new IllegalArgumentException("access is required");
        }
    }

    /**
     * The engine acting as {@code user} (the rules, the push outbox): a trusted caller with full access, the
     * work having been authorised when it was requested or configured.
     */
    public RequestContext(String space, User user) {
        this(space, Principal.engine(user), null, Access.FULL);
    }

    /** The user recorded on what this request changes. */
    public User user() {
        return caller.user();
    }
}
