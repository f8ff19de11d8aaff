package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.ConnectorRef;
import io.casebook.support.Api;
import io.casebook.support.FakeJira;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.casebook.support.FakeJira.ISSUE;
import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end through a rule with {@code auto_push}: alerts in, a case opened by the rule, the Jira issue made
 * on its own with the alerts summary; more alerts later update the same issue, never a second one.
 */
class RuleAutoPushTest {

    private static FakeJira jira;
    private static RuleEngine engine;

    @BeforeAll
    static void start() {
        jira = FakeJira.start();
        // The rule engine's clock stands still: no coalescing window, or the push would wait forever.
        engine = RuleEngine.start(Map.of("casebook.connectors.push.poll-ms", "100",
                "casebook.connectors.push.coalesce-ms", "0"));
    }

    @AfterAll
    static void stop() {
        engine.close();
        jira.close();
    }

    @Test
    void aRuleWithAutoPushCreatesTheIssueThenUpdatesItAsAlertsArrive() {
        Api api = engine.api();
        Api.Result connector = api.post("/api/actions/connector", jira.connectorBody("Jira"));
        assertThat(connector.status()).as(connector.raw()).isEqualTo(200);
        String connectorId = connector.text("id");
        engine.rules(rule("to-jira").groupBy("labels.service").title("{{labels.service}} is down")
                .autoPushTo(new ConnectorRef(connectorId, "Jira", ".jira", Map.of("issueType", "10001"))).build());

        engine.deliver(alert("mon", "a1", "firing", "Down", "service", "api"),
                alert("mon", "a2", "firing", "Down", "service", "api"));

        JsonNode theCase = awaitPushed(1);
        assertThat(theCase.at("/external_service/external_title").asText()).isEqualTo("OPS-1");
        assertThat(theCase.at("/external_service/pushed_by/username").asText()).isEqualTo("casebook-rules");
        assertThat(Api.json(jira.server().findAll(postRequestedFor(urlEqualTo(ISSUE))).get(0).getBodyAsString())
                .at("/fields/summary").asText()).isEqualTo("api is down");
        assertThat(comments()).containsExactly("Elastic Alerts attached to the case: 2");

        engine.deliver(alert("mon", "a3", "firing", "Down", "service", "api"));

        awaitPushed(2);
        assertThat(jira.creates()).isEqualTo(1);
        jira.server().verify(putRequestedFor(urlEqualTo(ISSUE + "/10000")));
        assertThat(comments()).containsExactly("Elastic Alerts attached to the case: 2",
                "Elastic Alerts attached to the case: 3");
    }

    private static JsonNode awaitPushed(int pushes) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<JsonNode> cases = engine.cases("default");
            if (cases.size() != 1) {
                return null;
            }
            String id = cases.get(0).get("id").asText();
            long pushed = engine.activity("default", id).stream().filter("pushed:push_to_service"::equals).count();
            return pushed == pushes ? engine.getCase("default", id) : null;
        }, c -> c != null);
    }

    private static List<String> comments() {
        return jira.server().findAll(postRequestedFor(urlEqualTo(ISSUE + "/10000/comment"))).stream()
                .map(r -> Api.json(r.getBodyAsString()).get("body").asText()).toList();
    }
}
