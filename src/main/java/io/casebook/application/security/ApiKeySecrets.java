package io.casebook.application.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API key ids and secrets as Elasticsearch shapes them (20 and 22 URL-safe characters) and hashes the
 * secrets with SHA-256. A fast hash is right here, unlike for passwords: a secret is 128 random bits, so no
 * dictionary applies and brute force of even one hash is out of reach however fast the hash is, while a
 * slow hash would cost every API call a quarter of a second of CPU. Comparison is constant-time.
 */
public final class ApiKeySecrets {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    public ApiKeySecrets(SecureRandom random) {
        this.random = random;
    }

    public String newId() {
        return randomText(15);
    }

    public String newSecret() {
        return randomText(16);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Whether {@code secret} hashes to {@code storedHash}, in time that does not depend on where they differ. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private String randomText(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return URL.encodeToString(raw);
    }
}
