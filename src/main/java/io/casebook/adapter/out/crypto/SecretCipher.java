package io.casebook.adapter.out.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * AES-256-GCM for connector secrets at rest: a random 12-byte IV per value, stored as base64(IV || ciphertext
 * || tag). GCM's tag makes a wrong key or a tampered value fail loudly instead of decrypting to garbage, which
 * is also how a value sealed under a previous key ({@code casebook.encryption.previous-keys}) is recognised.
 */
public final class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final List<SecretKey> previous;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(SecretKey key) {
        this(key, List.of());
    }

    /** Encrypts under {@code key}; decrypts what {@code key} or any of {@code previous} sealed. */
    public SecretCipher(SecretKey key, List<SecretKey> previous) {
        this.key = key;
        this.previous = List.copyOf(previous);
    }

    public String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a connector secret: " + e.getMessage(), e);
        }
    }

    public String decrypt(String stored) {
        return open(stored).plain();
    }

    /**
     * The value sealed again under the current key when a previous key sealed it; empty when the current key
     * already did. Throws when no key opens it.
     */
    public Optional<String> resealIfOld(String stored) {
        Opened opened = open(stored);
        return opened.current() ? Optional.empty() : Optional.of(encrypt(opened.plain()));
    }

    private record Opened(String plain, boolean current) {
    }

    private Opened open(String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        List<SecretKey> keys = new ArrayList<>();
        keys.add(key);
        keys.addAll(previous);
        for (int i = 0; i < keys.size(); i++) {
            try {
                return new Opened(decrypt(all, keys.get(i)), i == 0);
            } catch (AEADBadTagException notThisKey) {
                // try the next key: the tag check is what tells keys apart
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot decrypt connector secrets: " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("Cannot decrypt connector secrets: is casebook.encryption.key (or one of "
                + "casebook.encryption.previous-keys) the key they were stored with?");
    }

    private static String decrypt(byte[] all, SecretKey key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    }
}
