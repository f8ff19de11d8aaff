package io.casebook.api.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Api;
import io.casebook.support.Fixtures;
import io.casebook.support.IngestYaml;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code casebook.ingest.require-token}: unset, ingest stays open while ingest.yaml names no sender (as before
 * tokens existed); false keeps it open beside configured senders, whose labels anonymous alerts still cannot
 * forge; true refuses senders without credentials even with no sender configured, PagerDuty ones in its words.
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
    void withNoSenderConfiguredIngestIsOpenAsBefore() {
        try (TestEngine engine = TestEngine.start(Map.of("casebook.ingest.file", MISSING_FILE))) {
            String id = "open-" + UUID.randomUUID();
            HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts", null,
                    nativeAlert(id, "{\"integration\":\"theirs\"}"));

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String alertId = Api.json(accepted.body()).at("/alerts/0/id").asText();
            // Nothing configured, nothing reserved: the sender's own labels are kept as they were.
            assertThat(engine.api().get("/api/alerts/" + alertId).body().at("/labels/integration").asText())
                    .isEqualTo("theirs");
        }
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

    @Test
    void requireTokenTrueRefusesAnonymousSendersEvenWithNoSenderConfigured() {
        try (TestEngine engine = TestEngine.start(Map.of("casebook.ingest.file", MISSING_FILE,
                "casebook.ingest.require-token", "true"))) {
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
