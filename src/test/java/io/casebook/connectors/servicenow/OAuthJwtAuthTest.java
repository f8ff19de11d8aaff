package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.ExternalHttp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The token's lifetime in the shared cache: reused until a minute before {@code expires_in}, then renewed. */
class OAuthJwtAuthTest {

    private final List<String> tokenCalls = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aTokenIsReusedUntilAMinuteBeforeItExpiresAcrossAuthInstances() {
        OAuthJwtAuth.Settings settings = settings();

        assertThat(auth(settings).authorization()).isEqualTo("Bearer tok-1");
        now = now.plusSeconds(1799 - 61);
        assertThat(auth(settings).authorization()).isEqualTo("Bearer tok-1");
        assertThat(tokenCalls).hasSize(1);

        now = now.plusSeconds(2);
        assertThat(auth(settings).authorization()).isEqualTo("Bearer tok-2");
        assertThat(tokenCalls).hasSize(2);
    }

    @Test
    void otherCredentialsDoNotShareTheToken() {
        assertThat(auth(settings()).authorization()).isEqualTo("Bearer tok-1");
        assertThat(auth(settings()).authorization()).isEqualTo("Bearer tok-2");
    }

    @Test
    void onlyACachedTokenIsWorthRenewingAfterA401() {
        OAuthJwtAuth.Settings settings = settings();
        OAuthJwtAuth first = auth(settings);
        String fresh = first.authorization();
        assertThat(first.renewAfterUnauthorized(fresh)).isFalse();

        OAuthJwtAuth second = auth(settings);
        String cached = second.authorization();
        assertThat(cached).isEqualTo(fresh);
        assertThat(second.renewAfterUnauthorized(cached)).isTrue();
        assertThat(second.authorization()).isEqualTo("Bearer tok-2");
    }

    private OAuthJwtAuth auth(OAuthJwtAuth.Settings settings) {
        ExternalHttp http = (method, url, headers, body) -> {
            tokenCalls.add(body);
            return new ExternalHttp.Reply(200, "{\"access_token\":\"tok-" + tokenCalls.size()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":1799}");
        };
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new OAuthJwtAuth(http, settings, clock);
    }

    /** A unique client per test: the cache is shared by the whole JVM. */
    private static OAuthJwtAuth.Settings settings() {
        return new OAuthJwtAuth.Settings("https://sn.example.com", "client-" + UUID.randomUUID(), "casebook",
                "kid-1", "secret", pem(), null);
    }

    private static String pem() {
        try (InputStream in = OAuthJwtAuthTest.class.getResourceAsStream("/fixtures/servicenow/jwt-private.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
