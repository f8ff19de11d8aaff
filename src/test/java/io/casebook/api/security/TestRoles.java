package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.Spaces;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The roles the authorization API tests act with, and the calls they share. */
final class TestRoles {

    static final String YAML = """
            roles:
              sec_all:
                spaces: ["*"]
                cases: {securitySolution: all}
                connectors: read
              sec_all_no_connectors:
                spaces: ["*"]
                cases: {securitySolution: all}
              sec_read:
                spaces: ["*"]
                cases: {securitySolution: read}
              sec_base_only:
                spaces: ["*"]
                cases: {securitySolution: {base: all, sub_privileges: []}}
              sec_reopener:
                spaces: ["*"]
                cases: {securitySolution: {base: read, sub_privileges: [reopen, assign]}}
              soc_only:
                spaces: [soc]
                cases: {securitySolution: all, observability: all, cases: all}
              no_cases:
                spaces: ["*"]
                connectors: all
                alerts: read
              alerts_writer:
                spaces: ["*"]
                alerts: all
                rules: read
            """;

    private TestRoles() {
    }

    /** A case of {@code owner} created by the superuser, in {@code space}. */
    static JsonNode caseOf(Api api, String space, String owner) {
        Api.Result created = api.post(Spaces.path(space, "/api/cases"),
                AttachmentFixtures.newCase("A " + owner + " case", owner));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }

    static Map<String, Object> comment(String owner) {
        return Map.of("type", "user", "comment", "seen", "owner", owner);
    }

    /** Asserts Kibana's 403 with {@code message}. */
    static void forbidden(Api.Result result, String message) {
        assertThat(result.status()).as(result.raw()).isEqualTo(403);
        assertThat(result.body().path("error").asText()).isEqualTo("Forbidden");
        assertThat(result.text("message")).isEqualTo(message);
    }
}
