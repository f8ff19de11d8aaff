package io.casebook.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import io.casebook.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/rules} over real HTTP: the rules in force with their settings, counters and source file. */
class RulesApiTest {

    static Path rulesFile;
    static TestEngine engine;

    @BeforeAll
    static void start() throws IOException {
        rulesFile = Files.createTempDirectory("casebook-rules").resolve("rules.yaml");
        Files.writeString(rulesFile, """
                rules:
                  - id: db-disks
                    name: Database disks
                    match: {field: labels.team, equals: db}
                    owner: observability
                    space: ops
                    group_by: [labels.alertname, labels.cluster]
                    time_window: 90m
                    reopen_closed: true
                    max_alerts_per_case: 200
                    circuit_breaker: {max_new_cases: 5, period: 1w}
                    auto_push: true
                    case:
                      title: "{{labels.alertname}}"
                      connector: {id: jira-1, name: Jira, type: .jira, fields: null}
                  - id: everything-else
                """);
        engine = TestEngine.start(Map.of("casebook.rules.file", rulesFile.toString()));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void listsTheRulesInForceInOrderWithTheirSettingsAndCounters() {
        Api.Result result = engine.api().get("/api/rules");

        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        JsonNode body = result.body();
        assertThat(Api.json(body.path("rules").get(0).toString())).isEqualTo(Api.json("""
                {"id": "db-disks", "name": "Database disks", "owner": "observability", "space": "ops",
                 "group_by": ["labels.alertname", "labels.cluster"], "time_window": "90m", "reopen_closed": true,
                 "max_alerts_per_case": 200, "circuit_breaker": {"max_new_cases": 5, "period": "7d"},
                 "auto_push": true, "counters": {"alerts_matched": 0, "cases_created": 0}}"""));
        assertThat(Api.json(body.path("rules").get(1).toString())).isEqualTo(Api.json("""
                {"id": "everything-else", "name": "everything-else", "owner": "cases", "space": "default",
                 "group_by": [], "time_window": "7d", "reopen_closed": false, "max_alerts_per_case": 1000,
                 "circuit_breaker": null, "auto_push": false,
                 "counters": {"alerts_matched": 0, "cases_created": 0}}"""));
        assertThat(body.path("rules")).hasSize(2);
        assertThat(body.path("dropped_alerts").asLong()).isZero();
        assertThat(body.path("file").asText()).isEqualTo(rulesFile.toString());
        assertThat(Instant.parse(body.path("loaded_at").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(body.path("last_error").isNull()).isTrue();
    }

    @Test
    void isReadOnlyAndNeedsNoXsrfHeader() {
        Webhooks plain = new Webhooks(engine);

        Api.Result get = plain.get("/api/rules");
        assertThat(get.status()).as(get.raw()).isEqualTo(200);
        assertThat(plain.post("/api/rules", "{}", "application/json").status()).isIn(404, 405);
        assertThat(engine.api().delete("/api/rules").status()).isIn(404, 405);
    }

    @Test
    void rulesAreTheEnginesWhicheverSpaceAsks() {
        Api.Result inSpace = engine.api().get("/s/ops/api/rules");

        assertThat(inSpace.status()).as(inSpace.raw()).isEqualTo(200);
        assertThat(inSpace.body().path("rules")).hasSize(2);
    }
}
