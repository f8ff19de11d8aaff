package io.casebook.application.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alert senders of ingest.yaml: finds the source a bearer token or a Basic login belongs to, and the
 * PagerDuty integration a routing key names. Tokens and keys are compared by SHA-256 in constant time (they are
 * long random strings, so a fast hash is enough, as for API keys); Basic passwords by bcrypt, with the same
 * recent-success cache as users. A failure is audited with its real reason, the caller learns none.
 */
public final class IngestSenders {

    private final List<IngestSource> sources;
    private final List<PagerDutyIntegration> integrations;
    private final PasswordHasher hasher;
    private final CredentialCache<IngestSource> cache;
    private final AuditLog audit;

    public IngestSenders(List<IngestSource> sources, List<PagerDutyIntegration> integrations, PasswordHasher hasher,
                         CredentialCache<IngestSource> cache, AuditLog audit) {
        this.sources = List.copyOf(sources);
        this.integrations = List.copyOf(integrations);
        this.hasher = hasher;
        this.cache = cache;
        this.audit = audit;
    }

    public static IngestSenders none(AuditLog audit) {
        return new IngestSenders(List.of(), List.of(), null, null, audit);
    }

    /** Whether ingest.yaml names any sender at all (then senders are expected to prove who they are). */
    public boolean configured() {
        return !sources.isEmpty() || !integrations.isEmpty();
    }

    public boolean hasIntegrations() {
        return !integrations.isEmpty();
    }

    public List<IngestSource> sources() {
        return sources;
    }

    /** Whether a Basic login with this username is a source's (else it is a user's). */
    public boolean isSourceLogin(String username) {
        return sources.stream().anyMatch(s -> s.credential() instanceof IngestSource.Login l
                && l.username().equals(username));
    }

    /** The source whose token or login this is; audited and refused (401) otherwise. */
    public IngestSource authenticate(Credentials credentials, String sourceAddress, String path) {
        try {
            if (credentials instanceof Credentials.Bearer bearer) {
                byte[] digest = sha256(bearer.token());
                return sources.stream().filter(s -> s.credential() instanceof IngestSource.Token t
                                && MessageDigest.isEqual(t.sha256(), digest)).findFirst()
                        .orElseThrow(() -> new AuthenticationException(null, "unknown ingest token"));
            }
            if (credentials instanceof Credentials.Password password) {
                return login(password);
            }
            throw new AuthenticationException(null, "not an ingest credential");
        } catch (AuthenticationException e) {
            audit.record(AuditEvent.failure(AuditEvent.AUTHENTICATION_FAILED, e.attempted(), sourceAddress,
                    Map.of("reason", e.getMessage(), "method", credentials instanceof Credentials.Bearer
                            ? "ingest_token" : "ingest_basic", "path", String.valueOf(path))));
            throw e;
        }
    }

    private IngestSource login(Credentials.Password password) {
        Optional<IngestSource> cached = cache.find(password.username(), password.password());
        if (cached.isPresent()) {
            return cached.get();
        }
        for (IngestSource source : sources) {
            if (source.credential() instanceof IngestSource.Login login
                    && login.username().equals(password.username())) {
                if (!hasher.matches(password.password(), login.passwordHash())) {
                    throw new AuthenticationException(password.username(), "wrong password");
                }
                cache.remember(password.username(), password.password(), source);
                return source;
            }
        }
        throw new AuthenticationException(password.username(), "unknown ingest login");
    }

    /** The integration this routing key names, if any (compared by SHA-256, in constant time). */
    public Optional<PagerDutyIntegration> integration(String routingKey) {
        if (routingKey == null) {
            return Optional.empty();
        }
        byte[] digest = sha256(routingKey);
        PagerDutyIntegration found = null;
        for (PagerDutyIntegration integration : integrations) {
            if (MessageDigest.isEqual(integration.routingKeySha256(), digest)) {
                found = integration;
            }
        }
        return Optional.ofNullable(found);
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
