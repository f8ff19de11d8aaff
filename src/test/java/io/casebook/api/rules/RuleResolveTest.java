package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.RuleEngine;
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
