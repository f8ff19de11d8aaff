package io.casebook.application.security;

import io.casebook.application.RequestContext;
import io.casebook.domain.CasesException;
import io.casebook.domain.User;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API keys as Elasticsearch manages them: a user makes keys for themself (carrying their roles), lists and
 * invalidates their own; a superuser sees and invalidates everyone's. A key authenticates as its owner until
 * it expires or is invalidated.
 */
public final class ApiKeys {

    private final ApiKeyStore store;
    private final ApiKeySecrets secrets;
    private final AuditLog audit;
    private final Clock clock;

    public ApiKeys(ApiKeyStore store, ApiKeySecrets secrets, AuditLog audit, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    public CreatedApiKey create(RequestContext ctx, NewApiKey request) {
        Principal caller = ctx.caller();
        if (caller.method() == Principal.Method.API_KEY) {
            // Elasticsearch lets a key derive only a key without privileges; Casebook keys carry roles, so none.
            throw CasesException.invalid("An API key cannot create API keys; authenticate with a password");
        }
        Instant now = clock.instant();
        Instant expires = request.expiresIn() == null ? null : now.plus(request.expiresIn());
        String secret = secrets.newSecret();
        ApiKey key = new ApiKey(secrets.newId(), request.name(), caller.user(), realm(caller), List.copyOf(caller.roles()),
                now, expires, null, ApiKeySecrets.hash(secret));
        store.insert(key);
        audit.record(AuditEvent.success(AuditEvent.API_KEY_CREATED, caller.user().username(), ctx.sourceAddress(),
                details(key)));
        return new CreatedApiKey(key, secret);
    }

    /** The keys the caller may see that match the query: their own, or everyone's for a superuser. */
    public List<ApiKey> list(RequestContext ctx, ApiKeyQuery query, boolean ownOnly) {
        return store.find(visible(ctx.caller(), query, ownOnly));
    }

    public Invalidation invalidate(RequestContext ctx, List<ApiKeyQuery> selections, boolean ownOnly) {
        List<String> now = new ArrayList<>();
        List<String> before = new ArrayList<>();
        Instant at = clock.instant();
        for (ApiKeyQuery selection : selections) {
            for (ApiKey key : store.find(visible(ctx.caller(), selection, ownOnly))) {
                if (now.contains(key.id()) || before.contains(key.id())) {
                    continue;
                }
                if (store.invalidate(key.id(), at)) {
                    now.add(key.id());
                    audit.record(AuditEvent.success(AuditEvent.API_KEY_INVALIDATED,
                            ctx.caller().user().username(), ctx.sourceAddress(), details(key)));
                } else {
                    before.add(key.id());
                }
            }
        }
        return new Invalidation(now, before);
    }

    /** The owner of the key with these credentials, or an {@link AuthenticationException} saying why not. */
    public Principal authenticate(Credentials.ApiKey credentials) {
        ApiKey key = store.find(credentials.id())
                .orElseThrow(() -> new AuthenticationException(credentials.id(), "unknown API key"));
        if (!ApiKeySecrets.matches(credentials.secret(), key.secretHash())) {
            throw new AuthenticationException(credentials.id(), "wrong API key secret");
        }
        if (key.invalidated()) {
            throw new AuthenticationException(credentials.id(), "API key is invalidated");
        }
        if (key.expiredAt(clock.instant())) {
            throw new AuthenticationException(credentials.id(), "API key is expired");
        }
        return Principal.apiKey(key.owner(), key.roles(), key.id());
    }

    /** Elasticsearch's name for where the owner is defined, shown when keys are listed. */
    private static String realm(Principal caller) {
        if (caller.method() == Principal.Method.ANONYMOUS) {
            return "__anonymous";
        }
        return caller.user().username().equals(ElasticBootstrap.USERNAME) ? UserAccount.RESERVED_REALM
                : UserAccount.FILE_REALM;
    }

    private static ApiKeyQuery visible(Principal caller, ApiKeyQuery query, boolean ownOnly) {
        return ownOnly || !caller.isSuperuser() ? query.ownedBy(caller.user().username()) : query;
    }

    private static Map<String, Object> details(ApiKey key) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("api_key_id", key.id());
        details.put("api_key_name", key.name());
        User owner = key.owner();
        details.put("api_key_owner", owner.username());
        return details;
    }
}
