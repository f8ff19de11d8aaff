package io.casebook.adapter.out.crypto;

import io.casebook.config.Settings;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** casebook.encryption.previous-keys: read, never written with; a bad entry stops startup naming its position. */
class PreviousKeysTest {

    private final SecretKey current = key();
    private final SecretKey old = key();
    private final SecretKey older = key();

    @Test
    void valuesSealedUnderAnyPreviousKeyOpenAndAreResealedUnderTheCurrentOne() {
        String underOld = new SecretCipher(old).encrypt("s3cret");
        SecretCipher ring = new SecretCipher(current, List.of(older, old));

        assertThat(ring.decrypt(underOld)).isEqualTo("s3cret");
        String resealed = ring.resealIfOld(underOld).orElseThrow();
        assertThat(new SecretCipher(current).decrypt(resealed)).isEqualTo("s3cret");
        assertThat(ring.resealIfOld(resealed)).as("already under the current key").isEmpty();
        assertThatThrownBy(() -> new SecretCipher(current).decrypt(underOld))
                .hasMessageContaining("casebook.encryption.previous-keys");
    }

    @Test
    void previousKeysAreReadFromSettingsInOrderAndABadOneIsNamed() {
        String a = Base64.getEncoder().encodeToString(old.getEncoded());
        String b = Base64.getEncoder().encodeToString(older.getEncoded());

        assertThat(EncryptionKeys.previous(settings(" " + a + " , " + b + ",")))
                .extracting(k -> Base64.getEncoder().encodeToString(k.getEncoded())).containsExactly(a, b);
        assertThat(EncryptionKeys.previous(settings(""))).isEmpty();
        assertThatThrownBy(() -> EncryptionKeys.previous(settings(a + ",c2hvcnQ=")))
                .hasMessageContaining("casebook.encryption.previous-keys (key 2)").hasMessageContaining("32 bytes");
    }

    private static Settings settings(String previous) {
        return Settings.load(Map.of("casebook.config.dir", "no-such-config", "casebook.encryption.previous-keys",
                previous));
    }

    private static SecretKey key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}
