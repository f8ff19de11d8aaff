package io.casebook.connectors.servicenow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth access tokens shared by every pusher of the process. A pusher lives for one push, so a token kept
 * there would cost a token request (and a JWT signature) per push; kept here it is reused until shortly before
 * it expires. Keys are digests of the credentials ({@link OAuthJwtAuth#cacheKey}), so no secret is held as a
 * key and editing a connector's secrets simply misses. Bounded, least recently used first out.
 */
final class AccessTokenCache {

    /** Far more connectors than one deployment has; the bound only stops unbounded growth from key rotation. */
    static final int MAX_ENTRIES = 256;

    /** A token and the instant from which it is no longer handed out. */
    record Token(String value, Instant staleAt) {
    }

    private static final Map<String, Token> TOKENS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Token> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private AccessTokenCache() {
    }

    /** The cached token for {@code key}, if it is not stale at {@code now}. */
    static synchronized Optional<String> get(String key, Instant now) {
        Token token = TOKENS.get(key);
        if (token == null) {
            return Optional.empty();
        }
        if (!now.isBefore(token.staleAt())) {
            TOKENS.remove(key);
            return Optional.empty();
        }
        return Optional.of(token.value());
    }

    static synchronized void put(String key, Token token) {
        TOKENS.put(key, token);
    }

    /** Drops {@code value} if it is still the cached token (a concurrent push may have renewed it already). */
    static synchronized void evict(String key, String value) {
        Token token = TOKENS.get(key);
        if (token != null && token.value().equals(value)) {
            TOKENS.remove(key);
        }
    }
}
