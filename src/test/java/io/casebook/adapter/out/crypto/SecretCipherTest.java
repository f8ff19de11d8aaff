package io.casebook.adapter.out.crypto;

import io.casebook.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM round trips with a fresh IV per value; the key comes from settings or a generated 600 file. */
class SecretCipherTest {

    @TempDir
    Path dataDir;

    private Settings settings(Map<String, String> extra) {
        Map<String, String> all = new java.util.HashMap<>(extra);
        all.put("casebook.data.dir", dataDir.toString());
        all.put("casebook.config.dir", dataDir.resolve("no-config").toString());
        return Settings.load(all);
    }

    @Test
    void encryptsWithAFreshIvAndDecrypts() {
        SecretCipher cipher = new SecretCipher(EncryptionKeys.load(settings(Map.of())));
        String a = cipher.encrypt("{\"apiToken\":\"t\"}");
        String b = cipher.encrypt("{\"apiToken\":\"t\"}");
        assertThat(a).isNotEqualTo(b).doesNotContain("apiToken");
        assertThat(cipher.decrypt(a)).isEqualTo("{\"apiToken\":\"t\"}");
    }

    @Test
    void generatesTheKeyFileOnceWithMode600() throws Exception {
        SecretKey first = EncryptionKeys.load(settings(Map.of()));
        Path file = dataDir.resolve("encryption.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(EncryptionKeys.load(settings(Map.of())).getEncoded()).isEqualTo(first.getEncoded());
    }

    @Test
    void usesTheConfiguredKeyAndRefusesAWrongOne() {
        byte[] raw = new byte[32];
        raw[0] = 7;
        String key = Base64.getEncoder().encodeToString(raw);
        assertThat(EncryptionKeys.load(settings(Map.of("casebook.encryption.key", key))).getEncoded()).isEqualTo(raw);
        assertThat(dataDir.resolve("encryption.key")).doesNotExist();
        assertThatThrownBy(() -> EncryptionKeys.load(settings(Map.of("casebook.encryption.key", "c2hvcnQ="))))
                .hasMessageContaining("must be 32 bytes");

        String sealed = new SecretCipher(EncryptionKeys.load(settings(Map.of("casebook.encryption.key", key))))
                .encrypt("x");
        SecretCipher other = new SecretCipher(EncryptionKeys.load(settings(Map.of())));
        assertThatThrownBy(() -> other.decrypt(sealed)).hasMessageContaining("casebook.encryption.key");
    }
}
