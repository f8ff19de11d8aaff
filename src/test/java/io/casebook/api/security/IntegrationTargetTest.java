package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Fixtures;
import io.casebook.support.IngestYaml;
import io.casebook.support.Queues;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A PagerDuty integration of ingest.yaml fixes the space and owner of the cases its events make, whatever the
 * rule that takes them says; the labels that carry them are the engine's alone, so no other sender (anonymous,
 * a token source, a JMS publisher) can move a case by writing them into its payload.
 */
class IntegrationTargetTest {

    private static final String PD_KEY = "Rpaymentsintegrationkey000000002";
    private static final String TOKEN = "tok-" + UUID.randomUUID();
    private static final String QUEUE = "alerts.target";
    private static RuleEngine rules;

    @BeforeAll
    static void start() {
        String yaml = """
                sources:
                  prom:
                    token_sha256: "%s"
                pagerduty_integrations:
                  payments:
                    routing_key_sha256: "%s"
                    space: payments
                    owner: securitySolution
                """.formatted(IngestYaml.sha256(TOKEN), IngestYaml.sha256(PD_KEY));
        // Open beside the senders, so that an anonymous sender can try to forge the labels too.
        rules = RuleEngine.start(Map.of("casebook.ingest.file", IngestYaml.write(yaml).toString(),
                "casebook.ingest.require-token", "false", "casebook.ingest.queue", QUEUE));
        // One catch-all rule that says default/cases: only an integration may send its cases elsewhere.
        rules.rules(rule("everything").groupBy("title").build());
    }

    @AfterAll
    static void stop() {
        rules.close();
    }

    private static String nativeAlert(String title) {
        return RuleEngine.alert("forger", "f-" + UUID.randomUUID(), "firing", title,
                "integration", "payments", "integration_space", "payments", "integration_owner", "securitySolution");
    }

    private static Optional<JsonNode> caseTitled(String space, String title) {
        return rules.cases(space).stream().filter(c -> c.path("title").asText().equals(title)).findFirst();
    }

    private static JsonNode awaitCase(String space, String title) {
        rules.awaitRouted();
        return await().atMost(Duration.ofSeconds(20)).until(() -> caseTitled(space, title), Optional::isPresent)
                .orElseThrow();
    }

    @Test
    void anEventOnAnIntegrationsRoutingKeyBecomesACaseInItsSpaceWithItsOwner() {
        String title = "Payments down " + UUID.randomUUID();
        ObjectNode event = Fixtures.json("pagerduty/trigger.json").put("routing_key", PD_KEY)
                .put("dedup_key", "pd-" + UUID.randomUUID());
        event.with("payload").put("summary", title);

        HttpResponse<String> accepted = IngestYaml.post(rules.engine(), "/v2/enqueue", null, event.toString());

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode theCase = awaitCase("payments", title);
        assertThat(theCase.path("owner").asText()).isEqualTo("securitySolution");
        assertThat(caseTitled("default", title)).as("not where the rule alone would put it").isEmpty();
    }

    @Test
    void anAnonymousSenderCannotMoveACaseByWritingTheIntegrationLabels() {
        String title = "Forged anonymously " + UUID.randomUUID();
        HttpResponse<String> accepted = IngestYaml.post(rules.engine(), "/api/alerts", null, nativeAlert(title));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertForgeryIgnored(title);
    }

    @Test
    void aTokenSourceCannotMoveACaseByWritingTheIntegrationLabels() {
        String title = "Forged by a source " + UUID.randomUUID();
        HttpResponse<String> accepted = IngestYaml.post(rules.engine(), "/api/alerts", "Bearer " + TOKEN,
                nativeAlert(title));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertForgeryIgnored(title);
    }

    @Test
    void aUserCannotMoveACaseByWritingTheIntegrationLabels() {
        String title = "Forged by elastic " + UUID.randomUUID();
        rules.post(nativeAlert(title));

        assertForgeryIgnored(title);
    }

    @Test
    void aJmsPublisherCannotMoveACaseByWritingTheIntegrationLabels() {
        String title = "Forged over JMS " + UUID.randomUUID();
        try (Queues queues = new Queues(rules.engine().brokerUrl())) {
            queues.sendText(QUEUE, nativeAlert(title), Map.of("CasebookFormat", "native"));
        }

        assertForgeryIgnored(title);
    }

    /** The case is where the rule says (default, cases), and the stored alert lost the labels it made up. */
    private static void assertForgeryIgnored(String title) {
        JsonNode theCase = awaitCase("default", title);
        assertThat(theCase.path("owner").asText()).isEqualTo("cases");
        assertThat(caseTitled("payments", title)).isEmpty();
        List<JsonNode> alerts = rules.alertsOf("default", theCase.path("id").asText());
        assertThat(alerts).hasSize(1);
        JsonNode stored = rules.engine().api().get("/api/alerts/" + alerts.get(0).path("id").asText()).body();
        assertThat(stored.path("labels").has("integration_space")).as(stored.toString()).isFalse();
        assertThat(stored.path("labels").has("integration_owner")).isFalse();
    }
}
