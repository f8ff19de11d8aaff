package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules' safety limits: alerts past a case's cap go to a continuation case, cases past the breaker to a
 * storm case.
 */
class RuleLimitsTest {

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
    void aCaseTakesExactlyItsLimitAndTheNextAlertOpensAContinuationThatLinksBack() {
        engine.rules(rule("capped").space("lim-cont").title("Disk on {{labels.host}}").maxAlertsPerCase(3).build());
        engine.deliver(alerts("cap", 1, 3));
        List<JsonNode> cases = engine.cases("lim-cont");
        assertThat(cases).as("the limit itself still fits").hasSize(1);
        assertThat(cases.get(0).path("totalAlerts").asInt()).isEqualTo(3);

        engine.deliver(alerts("cap", 4, 4));
        cases = engine.cases("lim-cont");
        assertThat(cases).hasSize(2);
        JsonNode first = cases.get(0);
        JsonNode continuation = cases.get(1);
        assertThat(first.path("totalAlerts").asInt()).isEqualTo(3);
        assertThat(continuation.path("totalAlerts").asInt()).isEqualTo(1);
        assertThat(continuation.path("title").asText()).isEqualTo("Disk on h (continuation 1)");
        assertThat(continuation.path("tags")).extracting(JsonNode::asText)
                .contains("continuation-of:#" + first.path("incremental_id").asText());
        assertThat(continuation.path("description").asText()).contains(first.path("id").asText())
                .contains("#" + first.path("incremental_id").asText());

        List<String> more = new java.util.ArrayList<>(List.of(alerts("cap", 5, 9)));
        more.add(alert("cap", "a1", "firing", "Disk changed", "host", "h"));
        engine.deliver(more.toArray(String[]::new));
        assertThat(engine.cases("lim-cont")).extracting(c -> c.path("totalAlerts").asInt())
                .as("no alert dropped, none twice (a1 is already in the first case)").containsExactly(3, 3, 3);
    }

    @Test
    void oneBatchLargerThanTheLimitIsSplitAcrossTheCaseAndItsContinuation() {
        engine.rules(rule("capped-batch").space("lim-batch").maxAlertsPerCase(2).build());
        engine.deliver(alerts("cb", 1, 5));
        assertThat(engine.cases("lim-batch")).extracting(c -> c.path("totalAlerts").asInt()).containsExactly(2, 2, 1);
    }

    @Test
    void pastTheBreakerAlertsThatWouldOpenACaseGoToOneStormCaseUntilThePeriodEnds() {
        engine.rules(rule("stormy").space("lim-storm").name("Host down").groupBy("labels.host")
                .breaker(2, Duration.ofHours(1)).build());
        engine.deliver(IntStream.rangeClosed(1, 5).mapToObj(i -> alert("s", "s" + i, "firing", "Down", "host", "h" + i))
                .toArray(String[]::new));

        List<JsonNode> cases = engine.cases("lim-storm");
        assertThat(cases).hasSize(3);
        JsonNode storm = cases.get(2);
        assertThat(storm.path("title").asText()).isEqualTo("Alert storm: rule Host down opened 2 cases within 1h");
        assertThat(storm.path("tags")).extracting(JsonNode::asText).contains("alert-storm");
        assertThat(storm.path("totalAlerts").asInt()).isEqualTo(3);

        engine.deliver(alert("s", "s1b", "firing", "Down", "host", "h1"),
                alert("s", "s6", "firing", "Down", "host", "h6"));
        cases = engine.cases("lim-storm");
        assertThat(cases).as("a group that has a case keeps it; a new group joins the storm").hasSize(3);
        assertThat(cases).extracting(c -> c.path("totalAlerts").asInt()).containsExactly(2, 1, 4);

        engine.clock().advance(Duration.ofHours(1));
        engine.deliver(alert("s", "s7", "firing", "Down", "host", "h7"));
        assertThat(engine.cases("lim-storm")).as("a new period: the breaker lets cases open again").hasSize(4);
        assertThat(engine.engine().app().ruleCounters().of("stormy").casesCreated()).isEqualTo(4);
    }

    private static String[] alerts(String source, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> alert(source, "a" + i, "firing", "Disk", "host", "h"))
                .toArray(String[]::new);
    }
}
