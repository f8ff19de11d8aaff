package io.casebook.api.connectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.casebook.adapter.out.crypto.SecretCipher;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rotating casebook.encryption.key: secrets stored under key A still work after a restart with key B and
 * casebook.encryption.previous-keys=A, that start re-encrypts them under B, and from then on B alone opens them.
 */
class KeyRotationTest {

    private static final WireMockServer JIRA = new WireMockServer(options().dynamicPort());
    private static final String TOKEN = "rotate-me-token-7";

    @BeforeAll
    static void start() {
        JIRA.start();
        JIRA.stubFor(get("/rest/api/2/issue/createmeta/OPS/issuetypes").willReturn(okJson(
                "{\"issueTypes\":[{\"id\":\"10001\",\"name\":\"Task\"}]}")));
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    @Test
    void secretsStoredUnderAnOldKeyWorkAndAreReEncryptedUnderTheNewOne() throws Exception {
        InspectableDatabase db = InspectableDatabase.fresh();
        Path dataDir = Files.createTempDirectory("casebook-rotation");
        String keyA = newKey();
        String keyB = newKey();
        String id;
        try (TestEngine engine = TestEngine.start(settings(db, dataDir, keyA, ""))) {
            id = OutboxSteps.connector(engine.api(), ConnectorBodies.create("Jira", ".jira",
                    Map.of("apiUrl", JIRA.baseUrl(), "projectKey", "OPS"),
                    Map.of("email", "bot@example.com", "apiToken", TOKEN)));
        }
        String underA = sealed(db, id);
        assertThat(cipher(keyA).decrypt(underA)).contains(TOKEN);
        assertThatThrownBy(() -> cipher(keyB).decrypt(underA)).as("B alone cannot open it yet")
                .isInstanceOf(IllegalStateException.class);

        try (TestEngine engine = TestEngine.start(settings(db, dataDir, keyB, keyA))) {
            assertThat(sealed(db, id)).as("re-encrypted at startup").isNotEqualTo(underA);
            assertWorks(engine.api(), id);
        }
        String underB = sealed(db, id);
        assertThat(cipher(keyB).decrypt(underB)).contains(TOKEN);
        assertThatThrownBy(() -> cipher(keyA).decrypt(underB)).isInstanceOf(IllegalStateException.class);

        try (TestEngine engine = TestEngine.start(settings(db, dataDir, keyB, ""))) {
            assertWorks(engine.api(), id);
            assertThat(sealed(db, id)).as("nothing left to rotate").isEqualTo(underB);
        }
    }

    /** The secret reaches Jira: the call authenticates with it. */
    private static void assertWorks(Api api, String id) {
        JIRA.resetRequests();
        Api.Result executed = api.post("/api/actions/connector/" + id + "/_execute",
                Map.of("params", Map.of("subAction", "issueTypes", "subActionParams", Map.of())));
        assertThat(executed.text("status")).as(executed.raw()).isEqualTo("ok");
        JIRA.verify(getRequestedFor(urlEqualTo("/rest/api/2/issue/createmeta/OPS/issuetypes"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString(("bot@example.com:" + TOKEN).getBytes()))));
    }

    private static Map<String, String> settings(InspectableDatabase db, Path dataDir, String key, String previous) {
        Map<String, String> settings = new HashMap<>(db.settings());
        settings.put("casebook.data.dir", dataDir.toString());
        settings.put("casebook.encryption.key", key);
        settings.put("casebook.encryption.previous-keys", previous);
        return settings;
    }

    private static String sealed(InspectableDatabase db, String id) {
        return (String) db.query("SELECT secrets FROM connectors WHERE id = ?", id).get(0).get("secrets");
    }

    private static SecretCipher cipher(String base64) {
        return new SecretCipher(new SecretKeySpec(Base64.getDecoder().decode(base64), "AES"));
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
