package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;
import io.casebook.support.Api;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleEngine.severe;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** A case a rule opens: rendered from its template, an ordinary case for the Cases API, severity that rises. */
class RuleCaseContentTest {

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
    void aRuleCaseIsAnOrdinaryCaseWithOneCommentActionPerBatch() {
        String space = "cnt-ordinary";
        engine.rules(rule("ordinary").name("Ordinary rule").space(space).owner(Owner.OBSERVABILITY)
                .title("{{labels.service}} is down").description("Runbook: {{labels.runbook}}")
                .tags("service:{{labels.service}}", "auto").assignees("u_analyst_0").category("outage")
                .fixedSeverity(Severity.HIGH).build());
        engine.deliver(alert("o", "o1", "firing", "Down", "service", "api", "runbook", "rb-1"),
                alert("o", "o2", "firing", "Down", "service", "api", "runbook", "rb-1"),
                alert("o", "o3", "firing", "Down", "service", "api", "runbook", "rb-1"));
        engine.deliver(alert("o", "o4", "firing", "Down", "service", "api"),
                alert("o", "o5", "firing", "Down", "service", "api"));

        JsonNode found = RuleEngine.ok(engine.api().get("/s/" + space
                + "/api/cases/_find?tags=auto&owner=observability"));
        assertThat(found.path("total").asInt()).isEqualTo(1);
        JsonNode c = found.path("cases").get(0);
        assertThat(c.path("title").asText()).isEqualTo("api is down");
        assertThat(c.path("description").asText()).isEqualTo("Runbook: rb-1");
        assertThat(c.path("tags")).extracting(JsonNode::asText).containsExactly("service:api", "auto");
        assertThat(c.path("severity").asText()).isEqualTo("high");
        assertThat(c.path("owner").asText()).isEqualTo("observability");
        assertThat(c.path("category").asText()).isEqualTo("outage");
        assertThat(c.path("assignees")).extracting(a -> a.path("uid").asText()).containsExactly("u_analyst_0");
        assertThat(c.path("incremental_id").asInt()).isEqualTo(1);
        assertThat(c.at("/created_by/username").asText()).isEqualTo("casebook-rules");
        assertThat(c.at("/created_by/full_name").asText()).isEqualTo("Casebook rules");
        assertThat(c.path("totalAlerts").asInt()).isEqualTo(5);

        String id = c.path("id").asText();
        assertThat(engine.activity(space, id))
                .containsExactly("create_case:create", "comment:create", "comment:create");
        JsonNode actions = RuleEngine.ok(engine.api().get("/s/" + space + "/api/cases/" + id
                + "/user_actions/_find?types=alert&sortOrder=asc")).path("userActions");
        JsonNode firstBatch = actions.get(0).at("/payload/comment");
        assertThat(firstBatch.path("type").asText()).isEqualTo("alert");
        assertThat(firstBatch.path("alertId")).extracting(JsonNode::asText).containsExactly(
                engine.storedId("o", "o1"), engine.storedId("o", "o2"), engine.storedId("o", "o3"));
        assertThat(firstBatch.path("index")).extracting(JsonNode::asText).containsExactly("o", "o", "o");
        assertThat(firstBatch.path("rule")).isEqualTo(Api.json("{\"id\":\"ordinary\",\"name\":\"Ordinary rule\"}"));
        assertThat(engine.api().get("/s/" + space + "/api/cases/alerts/" + engine.storedId("o", "o4")).body()
                .get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void missingTemplateFieldsRenderEmptyAndLongTextIsCutToKibanasLimits() {
        String space = "cnt-missing";
        String longHost = "h".repeat(300);
        engine.rules(rule("sparse").name("Sparse rule").space(space).title("Disk on {{labels.host}}{{labels.none}}")
                .description("{{fields.nothing.here}}")
                .tags("team:{{labels.team}}", "{{labels.absent}}", "{{labels.host}}")
                .build());
        engine.deliver(alert("m", "m1", "firing", "Disk", "host", longHost));

        JsonNode c = engine.cases(space).get(0);
        assertThat(c.path("title").asText()).hasSize(160).startsWith("Disk on hhh").endsWith("...");
        assertThat(c.path("description").asText()).isEqualTo("Opened by rule Sparse rule.");
        assertThat(c.path("tags")).extracting(JsonNode::asText)
                .as("a tag that renders empty is left out, a long one is cut to 256")
                .containsExactly("team:", "h".repeat(253) + "...");

        engine.rules(rule("blank").name("Named fallback").space(space).title("{{labels.none}}").build());
        engine.deliver(alert("m", "m2", "firing", "Disk", "host", "x"));
        assertThat(engine.cases(space).get(1).path("title").asText()).isEqualTo("Named fallback");
    }

    @Test
    void aMoreSevereAlertJoiningRaisesTheCaseSeverity() {
        String space = "cnt-raise";
        engine.rules(rule("raising").space(space).severityFromAlert(true).build());
        engine.deliver(severe("s", "s1", "firing", "medium", "Latency"));
        String id = engine.cases(space).get(0).path("id").asText();
        assertThat(engine.getCase(space, id).path("severity").asText()).isEqualTo("medium");

        engine.deliver(severe("s", "s2", "firing", "low", "Latency"));
        assertThat(engine.getCase(space, id).path("severity").asText()).as("never lowered").isEqualTo("medium");

        engine.deliver(severe("s", "s3", "firing", "critical", "Latency"));
        assertThat(engine.getCase(space, id).path("severity").asText()).isEqualTo("critical");
        assertThat(engine.activity(space, id)).endsWith("comment:create", "severity:update");

        engine.rules(rule("not-raising").space("cnt-noraise").severityFromAlert(false).build());
        engine.deliver(severe("n", "n1", "firing", "low", "Latency"));
        engine.deliver(severe("n", "n2", "firing", "critical", "Latency"));
        assertThat(engine.cases("cnt-noraise").get(0).path("severity").asText()).isEqualTo("low");
    }

    @Test
    void configuredCustomFieldsAreFilledAsKibanasCasesActionDoes() {
        String space = "cnt-fields";
        Map<String, Object> connector = new java.util.HashMap<>(Map.of("id", "none", "name", "none", "type", ".none"));
        connector.put("fields", null);
        Api.Result configured = engine.api().post("/s/" + space + "/api/cases/configure", Map.of("owner", "cases",
                "closure_type", "close-by-user", "connector", connector, "customFields", List.of(
                        Map.of("key", "ticket", "label", "Ticket", "type", "text", "required", true),
                        Map.of("key", "paged", "label", "Paged", "type", "toggle", "required", false,
                                "defaultValue", true))));
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        engine.rules(rule("fields").space(space).build());

        engine.deliver(alert("f", "f1", "firing", "Disk"));

        JsonNode fields = engine.cases(space).get(0).path("customFields");
        assertThat(fields).extracting(f -> f.path("key").asText() + "=" + f.path("value").asText())
                .containsExactlyInAnyOrder("ticket=N/A", "paged=true");
    }
}
