package io.casebook.domain.security;

import io.casebook.domain.User;

import java.util.List;

/**
 * Who sent a request, as authentication establishes it: the user (created_by, updated_by ...) and the names of
 * the roles they hold, which the {@link RoleBook} turns into their {@link Access}.
 */
public record Identity(User user, List<String> roles) {

    public Identity {
        if (user == null) {
            throw new IllegalArgumentException("user is required");
        }
        roles = List.copyOf(roles);
    }

    /** A user holding the built-in superuser role. */
    public static Identity superuser(User user) {
        return new Identity(user, List.of(RoleBook.SUPERUSER));
    }
}
