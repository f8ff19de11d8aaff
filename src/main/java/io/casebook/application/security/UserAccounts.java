package io.casebook.application.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The users who may log in with a password, by username: {@code elastic} and those of users.yaml. */
public final class UserAccounts {

    private final Map<String, UserAccount> byName = new LinkedHashMap<>();

    public UserAccounts(Collection<UserAccount> accounts) {
        for (UserAccount account : accounts) {
            if (byName.putIfAbsent(account.username(), account) != null) {
                throw new IllegalArgumentException("user " + account.username() + " is defined twice");
            }
        }
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    public int size() {
        return byName.size();
    }
}
