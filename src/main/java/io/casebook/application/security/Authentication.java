package io.casebook.application.security;

import java.util.Map;
import java.util.UUID;

/**
 * Decides who a request comes from: a password checked against the user's bcrypt hash (or the recent-success
 * cache), or an API key. Every failure is audited with its real reason and then reported to the caller
 * without one.
 */
public final class Authentication {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final CredentialCache<UserAccount> cache;
    private final ApiKeys apiKeys;
    private final AuditLog audit;
    private volatile String decoyHash;

    public Authentication(UserAccounts accounts, PasswordHasher hasher, CredentialCache<UserAccount> cache, ApiKeys apiKeys,
                          AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.cache = cache;
        this.apiKeys = apiKeys;
        this.audit = audit;
    }

    public Principal authenticate(Credentials credentials, String sourceAddress, String path) {
        try {
            if (credentials instanceof Credentials.Password password) {
                UserAccount account = password(password);
                return Principal.password(account.user(), account.roles());
            }
            if (credentials instanceof Credentials.ApiKey key) {
                return apiKeys.authenticate(key);
            }
            if (credentials instanceof Credentials.Unreadable unreadable) {
                throw new AuthenticationException(null, unreadable.problem());
            }
            audit.record(AuditEvent.failure(AuditEvent.ANONYMOUS_ACCESS_DENIED, null, sourceAddress,
                    Map.of("reason", "missing credentials", "path", path)));
            throw new AuthenticationException(null, "missing credentials");
        } catch (AuthenticationException e) {
            if (!(credentials instanceof Credentials.Missing)) {
                audit.record(AuditEvent.failure(AuditEvent.AUTHENTICATION_FAILED, e.attempted(), sourceAddress,
                        Map.of("reason", e.getMessage(), "method", method(credentials), "path", path)));
            }
            throw e;
        }
    }

    private UserAccount password(Credentials.Password credentials) {
        var cached = cache.find(credentials.username(), credentials.password());
        if (cached.isPresent()) {
            return cached.get();
        }
        var account = accounts.find(credentials.username());
        if (account.isEmpty()) {
            // Spend the same bcrypt time as for a known user, so timing does not tell which usernames exist.
            hasher.matches(credentials.password(), decoyHash());
            throw new AuthenticationException(credentials.username(), "unknown user");
        }
        if (!hasher.matches(credentials.password(), account.get().passwordHash())) {
            throw new AuthenticationException(credentials.username(), "wrong password");
        }
        cache.remember(credentials.username(), credentials.password(), account.get());
        return account.get();
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(UUID.randomUUID().toString());
            decoyHash = hash;
        }
        return hash;
    }

    private static String method(Credentials credentials) {
        if (credentials instanceof Credentials.Password) {
            return "basic";
        }
        if (credentials instanceof Credentials.ApiKey) {
            return "api_key";
        }
        return "unreadable";
    }
}
