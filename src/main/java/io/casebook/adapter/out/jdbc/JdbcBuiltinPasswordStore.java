package io.casebook.adapter.out.jdbc;

import io.casebook.application.security.BuiltinPasswordStore;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Optional;

import static io.casebook.adapter.out.jdbc.JdbcCaseStore.ts;

/** {@link BuiltinPasswordStore} over JDBC: table {@code builtin_users}, bcrypt hashes only. */
public final class JdbcBuiltinPasswordStore implements BuiltinPasswordStore {

    private final Jdbi jdbi;

    public JdbcBuiltinPasswordStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> hash(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM builtin_users WHERE username = :u")
                .bind("u", username).mapTo(String.class).findOne());
    }

    @Override
    public boolean insertIfAbsent(String username, String hash) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO builtin_users (username, password_hash, updated_at) "
                + "VALUES (:u, :h, :at) ON CONFLICT DO NOTHING").bind("u", username).bind("h", hash)
                .bind("at", ts(Instant.now())).execute()) > 0;
    }

    @Override
    public void replace(String username, String hash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE builtin_users SET password_hash = :h, updated_at = :at "
                + "WHERE username = :u").bind("u", username).bind("h", hash).bind("at", ts(Instant.now())).execute());
    }
}
