package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleFixtures.label;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** Which rule takes an alert, and which group (case) of the rule it goes to. */
class RuleGroupingTest {

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
    void alertsAreGroupedBySeveralFieldsAndThoseMissingOneGoToTheUnknownGroup() {
        engine.rules(rule("by-name-and-cluster").space("grp-fields").groupBy("labels.alertname", "labels.cluster")
                .title("{{labels.alertname}} on {{labels.cluster}}").build());
        engine.deliver(
                alert("am", "g1", "firing", "Disk full", "alertname", "DiskFull", "cluster", "eu"),
                alert("am", "g2", "firing", "Disk full", "alertname", "DiskFull", "cluster", "eu"),
                alert("am", "g3", "firing", "Disk full", "alertname", "DiskFull", "cluster", "us"),
                alert("am", "g4", "firing", "CPU", "alertname", "HighCpu", "cluster", "eu"),
                alert("am", "g5", "firing", "No cluster", "alertname", "DiskFull"),
                alert("am", "g6", "firing", "No cluster either", "alertname", "DiskFull"));

        List<JsonNode> cases = engine.cases("grp-fields");
        assertThat(cases).extracting(c -> c.path("title").asText())
                .containsExactly("DiskFull on eu", "DiskFull on us", "HighCpu on eu", "DiskFull on");
        assertThat(cases).extracting(c -> c.path("totalAlerts").asInt()).containsExactly(2, 1, 1, 2);
        assertThat(engine.alertsOf("grp-fields", cases.get(3).path("id").asText()))
                .extracting(a -> a.path("id").asText())
                .containsExactlyInAnyOrder(engine.storedId("am", "g5"), engine.storedId("am", "g6"));
    }

    @Test
    void theFirstMatchingRuleWinsUnlessItSaysContinue() {
        engine.rules(
                rule("db").space("grp-match").match(label("team", "db")).title("db: {{title}}").build(),
                rule("web-then-all").space("grp-match").match(label("team", "web")).continueMatching()
                        .title("web: {{title}}").build(),
                rule("catch-all").space("grp-match").title("all: {{title}}").build());
        engine.deliver(
                alert("m", "db-1", "firing", "Replica lag", "team", "db"),
                alert("m", "web-1", "firing", "5xx rate", "team", "web"));

        List<JsonNode> cases = engine.cases("grp-match");
        assertThat(cases).extracting(c -> c.path("title").asText())
                .containsExactlyInAnyOrder("db: Replica lag", "web: 5xx rate", "all: 5xx rate");
        String web = engine.storedId("m", "web-1");
        assertThat(engine.api().get("/s/grp-match/api/cases/alerts/" + web).body())
                .as("the web alert is in its rule's case and, through continue, in the catch-all's").hasSize(2);
        assertThat(engine.engine().app().ruleCounters().of("db").alertsMatched()).isEqualTo(1);
        assertThat(engine.engine().app().ruleCounters().of("catch-all").alertsMatched()).isEqualTo(1);
        assertThat(engine.engine().app().ruleCounters().of("web-then-all").casesCreated()).isEqualTo(1);
    }

    @Test
    void anAlertNoRuleTakesIsDroppedAndCounted() {
        engine.rules(rule("only-db").space("grp-drop").match(label("team", "db")).build());
        long before = engine.engine().app().ruleCounters().droppedAlerts();

        engine.deliver(alert("d", "x-1", "firing", "Not ours", "team", "web"),
                alert("d", "x-2", "firing", "Not ours either", "team", "web"));

        assertThat(engine.engine().app().ruleCounters().droppedAlerts() - before).isEqualTo(2);
        assertThat(engine.cases("grp-drop")).isEmpty();
        JsonNode history = engine.api().get("/api/alerts/" + engine.storedId("d", "x-1")).body().path("history");
        assertThat(history.get(0).path("routed_at").isTextual()).as("routed, though to no case").isTrue();
    }
}
