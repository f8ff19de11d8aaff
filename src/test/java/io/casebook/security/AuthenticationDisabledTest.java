package io.casebook.security;

import io.casebook.support.Api;
import io.casebook.support.NewCaseBody;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code casebook.auth.enabled=false} (local trials): every request acts as the anonymous user, unasked. */
class AuthenticationDisabledTest {

    @Test
    void requestsWithoutCredentialsActAsTheAnonymousUser() {
        try (TestEngine engine = TestEngine.start(Map.of("casebook.auth.enabled", "false",
                "casebook.auth.anonymous-user", "trial"))) {
            Api anonymous = engine.api().anonymous();
            Api.Result created = anonymous.post("/api/cases", NewCaseBody.titled("Trial").body());
            assertThat(created.status()).as(created.raw()).isEqualTo(200);
            assertThat(created.body().path("created_by").path("username").asText()).isEqualTo("trial");
            assertThat(anonymous.get("/_security/api_key").status()).isEqualTo(200);
        }
    }
}
