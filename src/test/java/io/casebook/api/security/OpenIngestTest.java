package io.casebook.api.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Api;
import io.casebook.support.Fixtures;
import io.casebook.support.IngestYaml;
import io.casebook.support.TestEngine;
import io.casebook.wiring.SecurityWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code casebook.ingest.require-token}: unset (the default) or true, senders without credentials are refused even
 * with no sender configured, PagerDuty ones in its words; false opens ingest (with a WARN at startup), as an
 * explicit opt-out, and even then anonymous alerts cannot forge the labels that name senders or move cases.
 */
class OpenIngestTest {

    private static final String MISSING_FILE = "/nonexistent/ingest.yaml";

    private static String nativeAlert(String id, String labels) {
        return "{\"source\":\"open\",\"id\":\"" + id + "\",\"status\":\"firing\",\"title\":\"t\",\"labels\":" + labels
                + "}";
    }

    private static long stored(TestEngine engine, String fingerprint) {
        return engine.api().get("/api/alerts/_find?fingerprint=" + fingerprint).body().path("total").asLong();
    }

    @Test
    void requireTokenFalseWithNoSenderConfiguredOpensIngestWithAWarning() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger wiring = (Logger) LoggerFactory.getLogger(SecurityWiring.class);
        logs.start();
        wiring.addAppender(logs);
        try (TestEngine engine = TestEngine.start(Map.of("casebook.ingest.file", MISSING_FILE,
                "casebook.ingest.require-token", "false"))) {
            String id = "open-" + UUID.randomUUID();
            HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts", null, nativeAlert(id,
                    "{\"integration\":\"theirs\",\"integration_space\":\"payments\","
                            + "\"integration_owner\":\"securitySolution\"}"));

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String alertId = Api.json(accepted.body()).at("/alerts/0/id").asText();
            var labels = engine.api().get("/api/alerts/" + alertId).body().path("labels");
            // Nothing configured, nothing reserved: the sender's own labels are kept, but for the two that would
            // decide where a case goes, which only an integration sets.
            assertThat(labels.path("integration").asText()).isEqualTo("theirs");
            assertThat(labels.has("integration_space")).isFalse();
            assertThat(labels.has("integration_owner")).isFalse();
        } finally {
            wiring.detachAppender(logs);
        }
        assertThat(logs.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).startsWith("Alert ingest is OPEN (casebook.ingest.require-token=false)");
        });
    }

    @Test
    void requireTokenFalseKeepsIngestOpenButSenderLabelsAreCasebooks() {
        String yaml = "sources:\n  prom:\n    token_sha256: \"" + IngestYaml.sha256("t-" + UUID.randomUUID()) + "\"\n";
        try (TestEngine engine = TestEngine.start(Map.of("casebook.ingest.file", IngestYaml.write(yaml).toString(),
                "casebook.ingest.require-token", "false"))) {
            String id = "open-" + UUID.randomUUID();
            HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts", null,
                    nativeAlert(id, "{\"ingest_source\":\"prom\",\"team\":\"a\"}"));

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String alertId = Api.json(accepted.body()).at("/alerts/0/id").asText();
            var labels = engine.api().get("/api/alerts/" + alertId).body().path("labels");
            assertThat(labels.has("ingest_source")).isFalse();
            assertThat(labels.path("team").asText()).isEqualTo("a");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "true"})
    void byDefaultOrTrueAnonymousSendersAreRefusedEvenWithNoSenderConfigured(String requireToken) {
        // Empty, as an older application.properties left it, is the default too.
        try (TestEngine engine = TestEngine.start(Map.of("casebook.ingest.file", MISSING_FILE,
                "casebook.ingest.require-token", requireToken))) {
            String id = "closed-" + UUID.randomUUID();
            HttpResponse<String> refused = IngestYaml.post(engine, "/api/alerts", null, nativeAlert(id, "{}"));
            ObjectNode event = Fixtures.json("pagerduty/trigger.json").put("dedup_key", id + "-pd");
            HttpResponse<String> pagerDuty = IngestYaml.post(engine, "/v2/enqueue", null, event.toString());

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().allValues("WWW-Authenticate")).isNotEmpty();
            assertThat(pagerDuty.statusCode()).isEqualTo(400);
            assertThat(Api.json(pagerDuty.body()).path("errors").get(0).asText()).isEqualTo("Invalid routing key");
            assertThat(stored(engine, id)).isZero();
            assertThat(stored(engine, id + "-pd")).isZero();
        }
    }
}
