package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.RuleEngine;
import io.casebook.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** What resolved alerts do to their case: status, comment, close when all are resolved, reopen on a new fire. */
class RuleResolveTest {

    static final String SPACE = "res-close";
    static RuleEngine engine;

    @BeforeAll
    static void start() {
        engine = RuleEngine.start();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void resolvedAlertsAreCommentedAndTheCaseClosesWhenAllAreResolvedThenReopensWhenOneFiresAgain() {
        engine.rules(rule("resolving").space(SPACE).groupBy("labels.host").window("1h").onResolved(true, true).build());
        engine.deliver(alert("r", "a1", "firing", "Disk A", "host", "h1"),
                alert("r", "a2", "firing", "Disk B", "host", "h1"));
        String id = engine.cases(SPACE).get(0).path("id").asText();

        engine.deliver(alert("r", "a1", "resolved", "Disk A", "host", "h1"));
        JsonNode c = engine.getCase(SPACE, id);
        assertThat(c.path("status").asText()).as("one alert still firing").isEqualTo("open");
        assertThat(statuses(id)).containsExactly("resolved", "firing");
        assertThat(comments(id)).containsExactly("Alert Disk A resolved");

        engine.deliver(alert("r", "a2", "resolved", "Disk B", "host", "h1"));
        c = engine.getCase(SPACE, id);
        assertThat(c.path("status").asText()).isEqualTo("closed");
        assertThat(c.at("/closed_by/username").asText()).isEqualTo("casebook-rules");
        assertThat(c.at("/closed_by/full_name").asText()).isEqualTo("Casebook rules");
        assertThat(comments(id)).containsExactly("Alert Disk A resolved", "Alert Disk B resolved");
        assertThat(engine.activity(SPACE, id)).endsWith("comment:create", "status:update");

        engine.deliver(alert("r", "a2", "firing", "Disk B", "host", "h1"));
        c = engine.getCase(SPACE, id);
        assertThat(c.path("status").asText()).as("fired again within the window: the same incident").isEqualTo("open");
        assertThat(engine.cases(SPACE)).hasSize(1);
        assertThat(c.path("totalAlerts").asInt()).isEqualTo(2);
        assertThat(statuses(id)).containsExactly("resolved", "firing");
    }

    @Test
    void withoutAResolvePolicyOnlyTheAlertsStatusChanges() {
        engine.rules(rule("quiet").space("res-quiet").build());
        engine.deliver(alert("q", "q1", "firing", "Lag", "x", "1"));
        String id = engine.cases("res-quiet").get(0).path("id").asText();
        List<String> before = engine.activity("res-quiet", id);

        engine.deliver(alert("q", "q1", "resolved", "Lag", "x", "1"));

        assertThat(statuses("res-quiet", id)).containsExactly("resolved");
        assertThat(engine.getCase("res-quiet", id).path("status").asText()).isEqualTo("open");
        assertThat(engine.activity("res-quiet", id)).isEqualTo(before);
    }

    @Test
    void anAlertFirstSeenResolvedOpensNoCase() {
        engine.rules(rule("late").space("res-late").onResolved(true, true).build());
        engine.deliver(alert("l", "l1", "resolved", "Already over", "x", "1"));
        assertThat(engine.cases("res-late")).isEmpty();
        assertThat(engine.engine().app().ruleCounters().of("late").alertsMatched()).isEqualTo(1);
    }

    @Test
    void anAlertsEventsApplyInOrderEvenWhenOneBatchCarriesSeveral() {
        engine.rules(rule("ordered").space("res-order").groupBy("labels.host").onResolved(false, true).build());
        // One delivery stores both states of the alert: the router sees two waiting events for it at once.
        engine.deliver(alert("o", "o1", "firing", "Flap", "host", "h1"),
                alert("o", "o1", "resolved", "Flap", "host", "h1"));
        JsonNode c = engine.cases("res-order").get(0);
        assertThat(c.path("totalAlerts").asInt()).as("fired first: attached").isEqualTo(1);
        assertThat(c.path("status").asText()).as("then resolved: closed").isEqualTo("closed");

        engine.deliver(alert("o", "o2", "resolved", "Flap", "host", "h2"),
                alert("o", "o2", "firing", "Flap", "host", "h2"));
        JsonNode second = engine.cases("res-order").get(1);
        assertThat(second.path("status").asText()).as("resolved, then firing again: open").isEqualTo("open");
        assertThat(statuses("res-order", second.path("id").asText())).containsExactly("firing");
    }

    @Test
    void anAcknowledgedAlertChangesNothingOnItsCase() {
        engine.rules(rule("paged").space("res-ack").onResolved(true, true).build());
        Webhooks pagerDuty = new Webhooks(engine.engine());
        String trigger = """
                {"routing_key":"R0123456789abcdef0123456789abcde","dedup_key":"ack-1","event_action":"trigger",
                 "payload":{"summary":"Queue stuck","source":"worker-1","severity":"error"}}""";
        assertThat(pagerDuty.post("/v2/enqueue", trigger).status()).isEqualTo(202);
        engine.awaitRouted();
        String id = engine.cases("res-ack").get(0).path("id").asText();
        List<String> before = engine.activity("res-ack", id);

        assertThat(pagerDuty.post("/v2/enqueue", """
                {"routing_key":"R0123456789abcdef0123456789abcde","dedup_key":"ack-1","event_action":"acknowledge"}""")
                .status()).isEqualTo(202);
        engine.awaitRouted();

        assertThat(statuses("res-ack", id)).containsExactly("acknowledged");
        assertThat(engine.activity("res-ack", id)).isEqualTo(before);
        assertThat(engine.getCase("res-ack", id).path("status").asText()).isEqualTo("open");
    }

    private static List<String> statuses(String id) {
        return statuses(SPACE, id);
    }

    private static List<String> statuses(String space, String id) {
        return engine.alertsOf(space, id).stream().map(a -> a.path("status").asText()).toList();
    }

    private static List<String> comments(String id) {
        JsonNode found = RuleEngine.ok(engine.api().get("/s/" + SPACE + "/api/cases/" + id
                + "/comments/_find?sortOrder=asc"));
        return found.path("comments").findValuesAsText("comment");
    }
}
