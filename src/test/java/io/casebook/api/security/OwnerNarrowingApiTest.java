package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.Spaces;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.casebook.api.security.TestRoles.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists show only the owners the caller can read, as Kibana's authorization filter does: unreadable owners
 * drop out silently, also from an explicit {@code owner} filter, and a caller who can read no owner is refused.
 */
class OwnerNarrowingApiTest {

    private static TestEngine engine;
    private static Api admin;
    private static String space;

    @BeforeAll
    static void start() {
        engine = TestEngine.withRoles(TestRoles.YAML);
        admin = engine.api();
        space = Spaces.unique("narrow");
        for (String owner : List.of("cases", "observability", "securitySolution")) {
            Map<String, Object> body = AttachmentFixtures.newCase("A " + owner + " case", owner);
            body.put("tags", List.of(owner + "-tag"));
            body.put("category", owner + "-category");
            JsonNode created = admin.actingAs("reporter-" + owner, "superuser")
                    .post(Spaces.path(space, "/api/cases"), body).body();
            admin.post(Spaces.path(space, "/api/cases/" + created.path("id").asText() + "/comments"),
                    AttachmentFixtures.alerts("shared-alert", ".alerts-default", owner));
            admin.post(Spaces.path(space, "/api/cases/configure"), Map.of("owner", owner, "closure_type",
                    "close-by-user", "connector", connectorNone()));
        }
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void findShowsOnlyReadableOwnersAndCountsOnlyThem() {
        Api reader = admin.actingAs("rita", "sec_read");
        JsonNode found = reader.get(Spaces.path(space, "/api/cases/_find")).body();
        assertThat(owners(found.path("cases"))).containsExactly("securitySolution");
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("count_open_cases").asInt()).isEqualTo(1);
        assertThat(admin.get(Spaces.path(space, "/api/cases/_find")).body().path("total").asInt()).isEqualTo(3);
    }

    @Test
    void anExplicitOwnerFilterIsNarrowedSilently() {
        Api reader = admin.actingAs("rita", "sec_read");
        JsonNode both = reader.get(Spaces.path(space,
                "/api/cases/_find?owner=observability&owner=securitySolution")).body();
        assertThat(owners(both.path("cases"))).containsExactly("securitySolution");
        Api.Result other = reader.get(Spaces.path(space, "/api/cases/_find?owner=observability"));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body().path("total").asInt()).isZero();
        assertThat(other.body().path("cases")).isEmpty();
    }

    @Test
    void facetsStatusAndConfigurationNarrowToo() {
        Api reader = admin.actingAs("rita", "sec_read");
        assertThat(reader.get(Spaces.path(space, "/api/cases/tags")).body())
                .extracting(JsonNode::asText).containsExactly("securitySolution-tag");
        assertThat(reader.get(Spaces.path(space, "/api/cases/reporters")).body())
                .extracting(r -> r.path("username").asText()).containsExactly("reporter-securitySolution");
        assertThat(reader.get(Spaces.path(space, "/internal/cases/categories")).body())
                .extracting(JsonNode::asText).containsExactly("securitySolution-category");
        JsonNode status = reader.get(Spaces.path(space, "/api/cases/status")).body();
        assertThat(status.path("count_open_cases").asInt()).isEqualTo(1);
        assertThat(reader.get(Spaces.path(space, "/api/cases/configure")).body())
                .extracting(c -> c.path("owner").asText()).containsExactly("securitySolution");
        assertThat(reader.get(Spaces.path(space, "/api/cases/configure?owner=observability")).body()).isEmpty();
        assertThat(reader.get(Spaces.path(space, "/api/cases/alerts/shared-alert")).body())
                .extracting(c -> c.path("title").asText()).containsExactly("A securitySolution case");
    }

    @Test
    void aCallerWhoReadsNoOwnerIsRefusedInKibanasWords() {
        Api none = admin.actingAs("nora", "no_cases");
        forbidden(none.get(Spaces.path(space, "/api/cases/_find")), "Unauthorized to access cases of any owner");
        forbidden(none.get(Spaces.path(space, "/api/cases/tags")), "Unauthorized to access case of any owner");
        forbidden(none.get(Spaces.path(space, "/api/cases/status")), "Unauthorized to access cases of any owner");
        forbidden(none.get(Spaces.path(space, "/api/cases/configure")),
                "Unauthorized to access case configurations of any owner");
    }

    private static List<String> owners(JsonNode cases) {
        List<String> out = new ArrayList<>();
        cases.forEach(c -> out.add(c.path("owner").asText()));
        return out;
    }

    private static Map<String, Object> connectorNone() {
        Map<String, Object> none = new java.util.LinkedHashMap<>();
        none.put("id", "none");
        none.put("name", "none");
        none.put("type", ".none");
        none.put("fields", null);
        return none;
    }
}
