package io.casebook.application.security;

import io.casebook.domain.User;

import java.time.Instant;
import java.util.List;

/**
 * A stored API key: who owns it (as they were when they made it), the roles it carries, its life span, and
 * the hash of its secret (never the secret). Roles are a snapshot taken at creation, as Elasticsearch does
 * for a key created without role descriptors.
 */
public record ApiKey(String id, String name, User owner, String realm, List<String> roles, Instant createdAt,
                     Instant expiresAt, Instant invalidatedAt, String secretHash) {

    public ApiKey {
        roles = List.copyOf(roles);
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean invalidated() {
        return invalidatedAt != null;
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + ", " + name + ", owner=" + owner.username() + "]";
    }
}
