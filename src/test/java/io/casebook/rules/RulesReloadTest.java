package io.casebook.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.adapter.in.rules.RulesFileException;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * rules.yaml in a config directory of its own ({@code casebook.config.dir}), edited while the engine runs:
 * the reload route picks up a good edit and keeps the rules in force through a bad one; a bad file at start
 * stops the engine with file:line.
 */
class RulesReloadTest {

    private Path configDir;
    private Path rulesFile;
    private TestEngine engine;

    @BeforeEach
    void configDir() throws IOException {
        configDir = Files.createTempDirectory("casebook-config");
        Files.copy(Path.of("config", "application.properties"), configDir.resolve("application.properties"));
        rulesFile = configDir.resolve("rules.yaml");
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    private TestEngine start() {
        engine = TestEngine.start(Map.of("casebook.config.dir", configDir.toString(),
                "casebook.rules.reload-ms", "50"));
        return engine;
    }

    private JsonNode rules() {
        Api.Result result = engine.api().get("/api/rules");
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body();
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        rules().path("rules").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    @Test
    void readsRulesYamlOfTheConfigDirectoryAndPicksUpAGoodEdit() throws IOException {
        Files.writeString(rulesFile, "rules:\n  - id: first\n");
        start();
        assertThat(ids()).containsExactly("first");
        assertThat(rules().path("file").asText()).isEqualTo(rulesFile.toString());

        Files.writeString(rulesFile, "rules:\n  - id: first\n  - id: second\n    time_window: 1h\n");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ids()).containsExactly("first", "second"));
        assertThat(rules().path("rules").get(1).path("time_window").asText()).isEqualTo("1h");
    }

    @Test
    void aBadEditKeepsTheRulesInForceAndSaysWhereItIsWrong() throws IOException {
        Files.writeString(rulesFile, "rules:\n  - id: kept\n");
        start();
        String loadedAt = rules().path("loaded_at").asText();

        Files.writeString(rulesFile, "rules:\n  - id: kept\n  - id: broken\n    group_by: [hostname]\n");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rules().path("last_error").asText())
                .isEqualTo(rulesFile + ":4: rules[1].group_by[0]: \"hostname\" is not an alert field: use source, "
                        + "fingerprint, status, severity, title, description, group_key, rule.id, rule.name, "
                        + "labels.<name> or fields.<name>[.<name>...]"));
        assertThat(ids()).containsExactly("kept");
        assertThat(rules().path("loaded_at").asText()).isEqualTo(loadedAt);

        Files.writeString(rulesFile, "rules:\n  - id: kept\n  - id: fixed\n    group_by: [labels.hostname]\n");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids()).containsExactly("kept", "fixed"));
        assertThat(rules().path("last_error").isNull()).isTrue();
    }

    @Test
    void noRulesFileMeansNoRulesUntilOneIsWritten() throws IOException {
        start();
        assertThat(ids()).isEmpty();

        Files.writeString(rulesFile, "rules:\n  - id: late\n");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids()).containsExactly("late"));
    }

    @Test
    void aBadFileStopsStartupWithFileLineAndReason() throws IOException {
        Files.writeString(rulesFile, "rules:\n  - id: a\n    match:\n      field: labels.team\n      equals: db\n"
                + "      regex: d.*\n");

        assertThatThrownBy(this::start).isInstanceOf(RulesFileException.class)
                .hasMessage(rulesFile + ":4: rules[0].match: field labels.team needs exactly one of equals, in, regex, "
                        + "exists, gt, gte, lt, lte (got equals, regex)");
    }
}
