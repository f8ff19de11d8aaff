package io.casebook.application.security;

import io.casebook.domain.User;

import java.util.List;

/**
 * A user who may log in with a password: the built-in {@code elastic} or one of users.yaml. {@code realm} is
 * Elastic's name for where the user is defined ({@code reserved} or {@code file}), shown on their API keys.
 */
public record UserAccount(User user, String passwordHash, List<String> roles, String realm) {

    public static final String RESERVED_REALM = "reserved";
    public static final String FILE_REALM = "file";

    public UserAccount {
        roles = List.copyOf(roles);
    }

    public String username() {
        return user.username();
    }

    @Override
    public String toString() {
        return "UserAccount[" + user.username() + ", roles=" + roles + ", realm=" + realm + "]";
    }
}
