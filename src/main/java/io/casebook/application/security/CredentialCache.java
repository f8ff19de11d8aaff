package io.casebook.application.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers passwords verified recently, so that a script calling the API does not pay a bcrypt check
 * (a quarter of a second by design) on every request; Elasticsearch's realms cache the same way
 * ({@code cache.ttl}, 20 minutes). Entries are keyed by an HMAC of username and password under a key that
 * lives only in this process: the cache holds no password, and a dump of it cannot be brute-forced offline
 * without that key. Only successes are cached; a wrong password always reaches bcrypt and the audit log.
 */
public final class CredentialCache<T> {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<T>(T account, long expiresAtNanos) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    public CredentialCache(long ttlMillis) {
        this(ttlMillis, System::nanoTime);
    }

    CredentialCache(long ttlMillis, LongSupplier nanoTime) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.nanoTime = nanoTime;
    }

    public Optional<T> find(String username, String password) {
        if (ttlNanos <= 0) {
            return Optional.empty();
        }
        String k = keyOf(username, password);
        Entry<T> entry = entries.get(k);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.expiresAtNanos() > 0) {
            entries.remove(k, entry);
            return Optional.empty();
        }
        return Optional.of(entry.account());
    }

    public void remember(String username, String password, T account) {
        if (ttlNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // crude but bounded: the next requests simply verify again
        }
        entries.put(keyOf(username, password), new Entry<>(account, nanoTime.getAsLong() + ttlNanos));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
