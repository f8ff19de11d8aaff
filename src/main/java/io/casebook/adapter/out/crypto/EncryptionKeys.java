package io.casebook.adapter.out.crypto;

import io.casebook.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The key for connector secrets: {@code casebook.encryption.key} (base64 of 32 bytes), else the one in
 * {@code <data dir>/encryption.key}, generated with mode 600 on first start. Losing it loses the secrets.
 * {@code casebook.encryption.previous-keys} lists keys that sealed secrets before a rotation: still read, never
 * written with.
 */
public final class EncryptionKeys {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionKeys.class);
    static final String FILE = "encryption.key";

    private EncryptionKeys() {
    }

    public static SecretKey load(Settings settings) {
        return settings.find("casebook.encryption.key")
                .map(text -> decode(text, "casebook.encryption.key"))
                .orElseGet(() -> fromFile(settings.dataDir().resolve(FILE)));
    }

    /** The keys of {@code casebook.encryption.previous-keys} (comma-separated base64), oldest last or first. */
    public static List<SecretKey> previous(Settings settings) {
        List<SecretKey> keys = new ArrayList<>();
        String listed = settings.get("casebook.encryption.previous-keys", "");
        int position = 0;
        for (String text : listed.split(",")) {
            position++;
            if (!text.isBlank()) {
                keys.add(decode(text, "casebook.encryption.previous-keys (key " + position + ")"));
            }
        }
        return keys;
    }

    private static SecretKey fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // Created with 600 from the start: no window in which another user can read it.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            LOG.warn("Generated a new encryption key for connector secrets at {}; back it up (or set "
                    + "casebook.encryption.key): without it the stored secrets cannot be read", file.toAbsolutePath());
            return new SecretKeySpec(key, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key " + file, e);
        }
    }

    private static SecretKey decode(String text, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key in " + source + " is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("The encryption key in " + source + " must be 32 bytes (base64), got "
                    + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
