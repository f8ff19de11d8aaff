package io.casebook.api.security;

import io.casebook.support.Api;
import io.casebook.support.Spaces;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.casebook.api.security.TestRoles.caseOf;
import static io.casebook.api.security.TestRoles.forbidden;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route-level levels: connectors (read to look, all to change or execute; a push also needs read),
 * alerts (read to look, all to ingest or replay) and rules (read for the list and the dry run).
 */
class FeatureAccessApiTest {

    private static final Map<String, Object> CONNECTOR = Map.of("name", "Jira ops", "connector_type_id", ".jira",
            "config", Map.of("apiUrl", "https://jira.example.com", "projectKey", "OPS"),
            "secrets", Map.of("email", "bot@example.com", "apiToken", "token"));

    private static TestEngine engine;
    private static Api admin;

    @BeforeAll
    static void start() {
        engine = TestEngine.withRoles(TestRoles.YAML);
        admin = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void connectorsNeedReadToLookAndAllToChangeOrExecute() {
        Api none = admin.actingAs("rita", "sec_read");
        Api reader = admin.actingAs("ana", "sec_all");
        Api writer = admin.actingAs("nora", "no_cases");
        forbidden(none.get("/api/actions/connectors"), "Unauthorized to get actions");
        forbidden(none.get("/api/actions/connector_types"), "Unauthorized to get actions");
        forbidden(none.get("/api/cases/configure/connectors/_find"), "Unauthorized to get actions");
        assertThat(reader.get("/api/actions/connectors").status()).isEqualTo(200);
        assertThat(reader.get("/api/cases/configure/connectors/_find").status()).isEqualTo(200);
        forbidden(reader.post("/api/actions/connector", CONNECTOR), "Unauthorized to create actions");
        forbidden(reader.post("/api/actions/connector/x/_execute", Map.of("params", Map.of())),
                "Unauthorized to execute actions");
        forbidden(reader.delete("/api/actions/connector/x"), "Unauthorized to delete actions");
        Api.Result created = writer.post("/api/actions/connector", CONNECTOR);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(writer.delete("/api/actions/connector/" + created.body().path("id").asText()).status())
                .isEqualTo(204);
    }

    @Test
    void pushingNeedsPushOnTheCaseAndReadOnConnectors() {
        String space = Spaces.unique("push");
        String id = caseOf(admin, space, "securitySolution").path("id").asText();
        forbidden(admin.actingAs("cid", "sec_all_no_connectors")
                .post(Spaces.path(space, "/api/cases/" + id + "/connector/none/_push"), Map.of()),
                "Unauthorized to execute actions");
        forbidden(admin.actingAs("rita", "sec_read", "no_cases")
                .post(Spaces.path(space, "/api/cases/" + id + "/connector/none/_push"), Map.of()),
                "Unauthorized to push case with owners: \"securitySolution\"");
    }

    @Test
    void alertsNeedReadToLookAndAllToIngestOrReplay() {
        Api reader = admin.actingAs("nora", "no_cases");
        assertThat(reader.get("/api/alerts/_find").status()).isEqualTo(200);
        assertThat(reader.get("/api/alerts/_dead_letters").status()).isEqualTo(200);
        String alert = "{\"source\":\"test\",\"status\":\"firing\",\"title\":\"t\"}";
        forbidden(reader.post("/api/alerts", alert), "Unauthorized to ingest alerts");
        forbidden(reader.post("/v2/enqueue", Map.of("routing_key", "k", "event_action", "trigger")),
                "Unauthorized to ingest alerts");
        forbidden(reader.post("/api/alerts/_dead_letters/_replay", Map.of()), "Unauthorized to replay alerts");
        forbidden(admin.actingAs("ana", "sec_all").get("/api/alerts/_find"), "Unauthorized to access alerts");
        assertThat(admin.actingAs("wes", "alerts_writer").post("/api/alerts", alert).status()).isEqualTo(202);
    }

    @Test
    void rulesNeedRead() {
        forbidden(admin.actingAs("nora", "no_cases").get("/api/rules"), "Unauthorized to access rules");
        forbidden(admin.actingAs("nora", "no_cases").post("/api/rules/_test", Map.of()), "Unauthorized to test rules");
        assertThat(admin.actingAs("wes", "alerts_writer").get("/api/rules").status()).isEqualTo(200);
    }
}
