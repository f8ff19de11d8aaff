package io.casebook.application;

import io.casebook.domain.User;

/**
 * Who is asking, and in which Kibana space. Built by the inbound adapter for every request: today from
 * {@code casebook.auth.anonymous-user}, later from authentication, without the use cases changing.
 */
public record RequestContext(String space, User user) {

    public static final String DEFAULT_SPACE = "default";

    public RequestContext {
        if (space == null || space.isBlank()) {
            throw new IllegalArgumentException("space is required");
        }
        if (user == null) {
            throw new IllegalArgumentException("user is required");
        }
    }
}
