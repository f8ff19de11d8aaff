package io.casebook.application.security;

import io.casebook.domain.User;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who a request acts as once authenticated: the user recorded on cases ({@code created_by}...), the role names
 * their privileges come from, and how they proved it. Roles are names only here; what a role may do is the
 * authorization layer's business. {@code ingest} is what an alert sender may deliver and what its alerts carry
 * ({@link IngestGrant#OPEN} outside the ingest routes).
 */
public record Principal(User user, Set<String> roles, Method method, String apiKeyId, IngestGrant ingest) {

    /** Elastic's built-in role that may do everything (the {@code elastic} user has it). */
    public static final String SUPERUSER = "superuser";

    /** How the caller proved who they are. */
    public enum Method {
        /** HTTP Basic against a user of users.yaml or the built-in {@code elastic}. */
        PASSWORD,
        /** {@code Authorization: ApiKey}: acts as the key's owner with the roles the key carries. */
        API_KEY,
        /** Nobody proved anything: authentication is off, or the route is open (status) or an ingest route. */
        ANONYMOUS,
        /** An alert sender of ingest.yaml: a bearer token, a Basic login, or a PagerDuty routing key. */
        INGEST_SOURCE,
        /** The engine itself (rules, the push outbox) acting on its own or for an earlier request. */
        ENGINE
    }

    public Principal {
        if (user == null || method == null) {
            throw new IllegalArgumentException("user and method are required");
        }
        roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles == null ? Set.of() : roles));
        if (ingest == null) {
            ingest = IngestGrant.OPEN;
        }
    }

    public Principal(User user, Set<String> roles, Method method, String apiKeyId) {
        this(user, roles, method, apiKeyId, IngestGrant.OPEN);
    }

    /** An alert sender of ingest.yaml, named {@code name}, holding the role(s) that let it ingest. */
    public static Principal ingestSource(String name, Collection<String> roles, IngestGrant grant) {
        return new Principal(User.named(name), new LinkedHashSet<>(roles), Method.INGEST_SOURCE, null, grant);
    }

    /** The same caller with what the ingest authenticator settled about it as a sender. */
    public Principal withIngest(IngestGrant grant) {
        return new Principal(user, roles, method, apiKeyId, grant);
    }

    public static Principal password(User user, Collection<String> roles) {
        return new Principal(user, new LinkedHashSet<>(roles), Method.PASSWORD, null);
    }

    public static Principal apiKey(User owner, Collection<String> roles, String keyId) {
        return new Principal(owner, new LinkedHashSet<>(roles), Method.API_KEY, keyId);
    }

    public static Principal anonymous(User user, Collection<String> roles) {
        return new Principal(user, new LinkedHashSet<>(roles), Method.ANONYMOUS, null);
    }

    /** The engine acting as {@code user}: trusted, it was authorised when the work was requested (or by config). */
    public static Principal engine(User user) {
        return new Principal(user, Set.of(), Method.ENGINE, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isSuperuser() {
        return roles.contains(SUPERUSER);
    }

    public boolean isEngine() {
        return method == Method.ENGINE;
    }
}
