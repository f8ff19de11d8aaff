package io.casebook.application.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The API keys, shared by every instance on the database: invalidating one takes effect everywhere at once. */
public interface ApiKeyStore {

    void insert(ApiKey key);

    Optional<ApiKey> find(String id);

    /** Keys matching every criterion that is not null, oldest first. */
    List<ApiKey> find(ApiKeyQuery query);

    /** Marks the key invalidated; false when it was already (or does not exist). */
    boolean invalidate(String id, Instant at);
}
