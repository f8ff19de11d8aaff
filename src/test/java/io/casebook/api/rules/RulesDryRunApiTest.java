package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleFixtures.label;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/rules/_test}: which rule, which group, which case, and nothing changes. */
class RulesDryRunApiTest {

    static final String SPACE = "dry";
    static RuleEngine engine;

    @BeforeAll
    static void start() {
        engine = RuleEngine.start();
        engine.rules(
                rule("disks").name("Disks").space(SPACE).match(label("kind", "disk")).groupBy("labels.host")
                        .title("Disk on {{labels.host}}").build(),
                rule("probes").space(SPACE).match(a -> a.source().equals("alertmanager")).groupBy("labels.alertname")
                        .title("{{labels.alertname}}: {{title}}").build());
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aNewGroupWouldOpenACaseAndNothingIsStoredOrCounted() {
        JsonNode answer = test("", "[" + alert("dry", "d1", "firing", "Disk full", "kind", "disk", "host", "h1") + ","
                + alert("dry", "d2", "firing", "Something else", "kind", "cpu") + "]");

        JsonNode first = answer.path("alerts").get(0);
        assertThat(first.path("dropped").asBoolean()).isFalse();
        JsonNode match = first.path("rules").get(0);
        assertThat(match.path("id").asText()).isEqualTo("disks");
        assertThat(match.path("name").asText()).isEqualTo("Disks");
        assertThat(match.path("group")).isEqualTo(Api.json("{\"labels.host\":\"h1\"}"));
        assertThat(match.path("group_key").asText()).matches("[0-9a-f]{64}");
        assertThat(match.at("/case/action").asText()).isEqualTo("new");
        assertThat(match.at("/case/title").asText()).isEqualTo("Disk on h1");
        assertThat(match.at("/case/reason").asText()).isEqualTo("the group has no case yet");
        assertThat(match.at("/case/id").isNull()).isTrue();
        assertThat(answer.path("alerts").get(1).path("dropped").asBoolean()).isTrue();
        assertThat(answer.path("alerts").get(1).path("rules")).isEmpty();

        assertThat(engine.store().idOf("dry", "d1")).as("nothing stored").isEmpty();
        assertThat(engine.cases(SPACE)).isEmpty();
        assertThat(engine.engine().app().ruleCounters().of("disks").alertsMatched()).isZero();
        assertThat(engine.engine().app().ruleCounters().droppedAlerts()).isZero();
    }

    @Test
    void anExistingGroupWouldJoinItsCaseUnderTheSameGroupKey() {
        String d3 = alert("dry", "d3", "firing", "Disk full", "kind", "disk", "host", "h3");
        String before = test("", d3).at("/alerts/0/rules/0/group_key").asText();
        engine.deliver(d3);
        JsonNode created = engine.cases(SPACE).stream()
                .filter(c -> c.path("title").asText().equals("Disk on h3")).findFirst().orElseThrow();

        JsonNode again = test("", alert("dry", "d4", "firing", "Disk full again", "kind", "disk", "host", "h3"))
                .at("/alerts/0/rules/0");
        assertThat(again.path("group_key").asText()).as("deterministic").isEqualTo(before);
        assertThat(again.at("/case/action").asText()).isEqualTo("join");
        assertThat(again.at("/case/id").asText()).isEqualTo(created.path("id").asText());
        assertThat(again.at("/case/incremental_id").asLong()).isEqualTo(created.path("incremental_id").asLong());
        assertThat(again.at("/case/title").asText()).isEqualTo("Disk on h3");
        assertThat(again.at("/case/status").asText()).isEqualTo("open");
        assertThat(again.at("/case/reason").asText()).startsWith("its case is open and its window runs until");
        assertThat(test("", d3).at("/alerts/0/rules/0/case/action").asText()).isEqualTo("already-attached");
        assertThat(engine.getCase(SPACE, created.path("id").asText()).path("totalAlerts").asInt())
                .as("the dry runs attached nothing").isEqualTo(1);
    }

    @Test
    void anyIngestFormatIsAccepted() throws IOException {
        String payload = Files.readString(
                Path.of("src/test/resources/fixtures/alertmanager/alertmanager-v4-firing.json"));
        JsonNode match = test("?format=alertmanager", payload).at("/alerts/0/rules/0");
        assertThat(match.path("id").asText()).isEqualTo("probes");
        assertThat(match.path("group")).isEqualTo(Api.json("{\"labels.alertname\":\"ProbeFailure\"}"));
        assertThat(match.at("/case/action").asText()).isEqualTo("new");
    }

    @Test
    void aBadPayloadOrAMissingXsrfHeaderIsRefused() {
        Api.Result bad = engine.api().post("/api/rules/_test", "{\"source\":\"x\",\"status\":\"firing\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("message").asText()).contains("title");
        assertThat(engine.api().post("/api/rules/_test?format=nope", "{}").status()).isEqualTo(400);
        assertThat(engine.api().postWithoutXsrf("/api/rules/_test", alert("x", "1", "firing", "t")).status())
                .isEqualTo(400);
    }

    private static JsonNode test(String query, String body) {
        return RuleEngine.ok(engine.api().post("/api/rules/_test" + query, body));
    }
}
