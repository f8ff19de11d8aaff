package io.casebook.api.connectors;

import io.casebook.support.Api;
import io.casebook.support.FakeJira;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code casebook.connectors.calls-per-second}: a push of many comments to a connector limited to 2 calls a
 * second is paced, not refused: it succeeds, and no 5 of its calls reach Jira within one second.
 */
class ConnectorRateLimitTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static FakeJira jira;
    private static TestEngine engine;

    @BeforeAll
    static void start() {
        jira = FakeJira.start();
        Map<String, String> settings = OutboxSteps.oneAttempt(DB.settings());
        settings.put("casebook.connectors.calls-per-second", "2");
        engine = TestEngine.start(settings);
    }

    @AfterAll
    static void stop() {
        engine.close();
        jira.close();
    }

    @Test
    void callsToOneConnectorArePacedToItsRate() {
        Api api = engine.api();
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = OutboxSteps.newCase(api, "Chatty");
        for (int i = 0; i < 4; i++) {
            api.post("/api/cases/" + id + "/comments", userComment("note " + i));
        }

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        List<Instant> calls = jira.server().findAll(anyRequestedFor(anyUrl())).stream()
                .map(r -> r.getLoggedDate().toInstant()).sorted(Comparator.naturalOrder()).toList();
        assertThat(calls).hasSizeGreaterThanOrEqualTo(8); // search, createmeta, create, 4 comments, read back
        // At most 2 permits per 1 s cycle: any 5 consecutive calls span more than one full cycle boundary.
        for (int i = 0; i + 4 < calls.size(); i++) {
            assertThat(Duration.between(calls.get(i), calls.get(i + 4))).isGreaterThan(Duration.ofMillis(900));
        }
    }
}
