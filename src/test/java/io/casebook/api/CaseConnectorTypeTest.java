package io.casebook.api;

import io.casebook.connector.runtime.ConnectorTypeRegistry;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's {@code connector.type} may be any connector type on the class path (found by ServiceLoader, not
 * listed by hand) or one of Kibana's case connector types Casebook cannot push to yet; anything else is
 * Kibana's 400.
 */
class CaseConnectorTypeTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(DB.settings());
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aCaseMayNameEveryRegisteredTypeAndKibanasOthers() {
        List<String> types = new ArrayList<>(ConnectorTypeRegistry.loaded().all().stream().map(ConnectorType::id)
                .toList());
        assertThat(types).contains(".jira", ".cases-webhook");
        types.addAll(List.of(".resilient", ".swimlane"));

        for (String type : types) {
            Api.Result created = api.post("/api/cases", withConnector(type));

            assertThat(created.status()).as(type + ": " + created.raw()).isEqualTo(200);
            assertThat(created.body().at("/connector/type").asText()).isEqualTo(type);
        }
    }

    @Test
    void anUnknownTypeIsKibanas400() {
        Api.Result refused = api.post("/api/cases", withConnector(".pagerduty"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("error").asText()).isEqualTo("Bad Request");
        assertThat(refused.text("message")).isEqualTo("Invalid value \".pagerduty\" supplied to \"connector.type\"");
    }

    private static Map<String, Object> withConnector(String type) {
        Map<String, Object> body = CaseFixtures.newCase("Connector " + type);
        Map<String, Object> connector = new HashMap<>(Map.of("id", "c-" + type, "name", "Connector", "type", type));
        connector.put("fields", null);
        body.put("connector", connector);
        return body;
    }
}
