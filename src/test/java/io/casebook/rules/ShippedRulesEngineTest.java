package io.casebook.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine as shipped (the repository's config/ directory) starts with the shipped rules in force. */
class ShippedRulesEngineTest {

    @Test
    void startsWithTheShippedRules() {
        try (TestEngine engine = TestEngine.start()) {
            Api.Result result = engine.api().get("/api/rules");

            assertThat(result.status()).as(result.raw()).isEqualTo(200);
            JsonNode body = result.body();
            List<String> ids = new ArrayList<>();
            body.path("rules").forEach(r -> ids.add(r.path("id").asText()));
            assertThat(ids).containsExactly("alertmanager-by-alertname-cluster", "pagerduty-by-source",
                    "elastic-by-rule-and-host", "elastic-by-rule", "native-by-source-and-rule");
            assertThat(body.path("file").asText()).isEqualTo("config/rules.yaml");
            assertThat(body.path("last_error").isNull()).isTrue();
        }
    }
}
