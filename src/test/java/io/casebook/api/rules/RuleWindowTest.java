package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** A group's case absorbs alerts for its window from when it opened; a closed case is reopened or replaced. */
class RuleWindowTest {

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
    void aGroupsCaseAbsorbsAlertsUntilItsWindowEndsThenANewCaseStarts() {
        engine.rules(rule("windowed").space("win-expiry").groupBy("labels.host").window("1h").build());
        engine.deliver(alert("w", "a1", "firing", "Disk", "host", "h1"));
        engine.clock().advance(Duration.ofMinutes(59));
        engine.deliver(alert("w", "a2", "firing", "Disk", "host", "h1"));

        List<JsonNode> cases = engine.cases("win-expiry");
        assertThat(cases).as("the window counts from when the case opened, not from the last alert").hasSize(1);
        assertThat(cases.get(0).path("totalAlerts").asInt()).isEqualTo(2);

        engine.clock().advance(Duration.ofMinutes(1));
        engine.deliver(alert("w", "a3", "firing", "Disk", "host", "h1"));
        cases = engine.cases("win-expiry");
        assertThat(cases).hasSize(2);
        assertThat(cases.get(1).path("totalAlerts").asInt()).isEqualTo(1);
        assertThat(engine.alertsOf("win-expiry", cases.get(1).path("id").asText()))
                .extracting(a -> a.path("id").asText()).containsExactly(engine.storedId("w", "a3"));

        engine.clock().advance(Duration.ofMinutes(30));
        engine.deliver(alert("w", "a4", "firing", "Disk", "host", "h1"));
        assertThat(engine.cases("win-expiry")).extracting(c -> c.path("totalAlerts").asInt())
                .as("the new window has started: the new case takes the group's alerts").containsExactly(2, 2);
    }

    @Test
    void aClosedCaseIsReopenedWhenTheRuleSaysSo() {
        engine.rules(rule("reopening").space("win-reopen").groupBy("labels.host").reopenClosed(true).build());
        engine.deliver(alert("r", "b1", "firing", "Memory", "host", "h1"));
        JsonNode first = engine.cases("win-reopen").get(0);
        close("win-reopen", first);

        engine.deliver(alert("r", "b2", "firing", "Memory", "host", "h1"));

        List<JsonNode> cases = engine.cases("win-reopen");
        assertThat(cases).hasSize(1);
        JsonNode reopened = cases.get(0);
        assertThat(reopened.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(reopened.path("status").asText()).isEqualTo("open");
        assertThat(reopened.path("closed_at").isNull()).isTrue();
        assertThat(reopened.path("totalAlerts").asInt()).isEqualTo(2);
        assertThat(engine.activity("win-reopen", first.path("id").asText()))
                .containsSubsequence("status:update", "status:update", "comment:create");
        JsonNode reopenAction = Api.json(engine.api().get("/s/win-reopen/api/cases/" + first.path("id").asText()
                + "/user_actions/_find?types=status&sortOrder=desc").raw()).path("userActions").get(0);
        assertThat(reopenAction.at("/payload/status").asText()).isEqualTo("open");
        assertThat(reopenAction.at("/created_by/username").asText()).isEqualTo("casebook-rules");
    }

    @Test
    void aClosedCaseIsLeftClosedAndANewOneStartedWhenTheRuleDoesNotReopen() {
        engine.rules(rule("not-reopening").space("win-new").groupBy("labels.host").reopenClosed(false).build());
        engine.deliver(alert("n", "c1", "firing", "Swap", "host", "h1"));
        JsonNode first = engine.cases("win-new").get(0);
        close("win-new", first);

        engine.deliver(alert("n", "c2", "firing", "Swap", "host", "h1"));

        List<JsonNode> cases = engine.cases("win-new");
        assertThat(cases).extracting(c -> c.path("status").asText()).containsExactly("closed", "open");
        assertThat(cases.get(0).path("totalAlerts").asInt()).isEqualTo(1);
        assertThat(engine.alertsOf("win-new", cases.get(1).path("id").asText()))
                .extracting(a -> a.path("id").asText()).containsExactly(engine.storedId("n", "c2"));

        engine.deliver(alert("n", "c3", "firing", "Swap", "host", "h1"));
        assertThat(engine.cases("win-new")).extracting(c -> c.path("totalAlerts").asInt())
                .as("the new case is the group's case from now on").containsExactly(1, 2);
    }

    @Test
    void aDeletedCaseIsOpenedAgainUnderTheSameIdentityWithinItsWindow() {
        engine.rules(rule("deleted").space("win-deleted").groupBy("labels.host").build());
        engine.deliver(alert("d", "e1", "firing", "Fan", "host", "h1"));
        JsonNode first = engine.cases("win-deleted").get(0);
        String id = first.path("id").asText();
        assertThat(engine.api().delete("/s/win-deleted/api/cases?ids=%5B%22" + id + "%22%5D").status()).isEqualTo(204);

        engine.deliver(alert("d", "e2", "firing", "Fan", "host", "h1"));

        List<JsonNode> cases = engine.cases("win-deleted");
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).path("id").asText()).as("Kibana recreates it under its deterministic id").isEqualTo(id);
        assertThat(cases.get(0).path("incremental_id").asLong()).isGreaterThan(first.path("incremental_id").asLong());
        assertThat(cases.get(0).path("totalAlerts").asInt()).isEqualTo(1);
    }

    private static void close(String space, JsonNode c) {
        Api.Result closed = engine.api().patch("/s/" + space + "/api/cases", Api.json("""
                {"cases":[{"id":"%s","version":"%s","status":"closed"}]}""".formatted(c.path("id").asText(),
                c.path("version").asText())));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
    }
}
