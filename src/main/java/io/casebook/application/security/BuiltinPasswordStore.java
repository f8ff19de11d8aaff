package io.casebook.application.security;

import java.util.Optional;

/** The stored password hash of a built-in user ({@code elastic}), kept in the database all instances share. */
public interface BuiltinPasswordStore {

    Optional<String> hash(String username);

    /** Stores the hash unless one is stored already (another instance won a concurrent first start). */
    boolean insertIfAbsent(String username, String hash);

    void replace(String username, String hash);
}
