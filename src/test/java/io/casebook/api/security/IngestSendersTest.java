package io.casebook.api.security;

import io.casebook.EngineOverrides;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.CasebookApp;
import io.casebook.support.Api;
import io.casebook.support.AuditLines;
import io.casebook.support.Fixtures;
import io.casebook.support.IngestYaml;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert senders of ingest.yaml over real HTTP: bearer tokens and Basic logins (as Alertmanager's http_config
 * sends them) are their source, limited to their formats and spaces, and label their alerts; a PagerDuty routing
 * key names an integration, and an unknown one is refused in PagerDuty's words; without credentials, refused.
 */
class IngestSendersTest {

    static final String PROM_TOKEN = "prom-" + UUID.randomUUID();
    static final String NATIVE_TOKEN = "native-" + UUID.randomUUID();
    static final String AM_PASSWORD = "am-sender-password";
    static final String PD_KEY = "Rpaymentsintegrationkey000000001";
    static final String OTHER_KEY = "R0123456789ABCDEF0123456789ABCDE";
    static InspectableDatabase db;
    static TestEngine engine;
    static Path ingestFile;

    @BeforeAll
    static void start() {
        ingestFile = IngestYaml.write("""
                sources:
                  prom:
                    token: ${env:PROM_TOKEN}
                    formats: [alertmanager]
                    spaces: [default]
                  native-sender:
                    token_sha256: "%s"
                    formats: [native]
                  am-basic:
                    basic: {username: am-sender, password_hash: "%s"}
                pagerduty_integrations:
                  payments:
                    routing_key: ${env:PD_PAYMENTS_KEY}
                    space: payments
                    owner: securitySolution
                """.formatted(IngestYaml.sha256(NATIVE_TOKEN), UsersYaml.hash(AM_PASSWORD)));
        Map<String, String> env = Map.of("PROM_TOKEN", PROM_TOKEN, "PD_PAYMENTS_KEY", PD_KEY);
        db = InspectableDatabase.fresh();
        Map<String, String> settings = new HashMap<>(db.settings());
        settings.put("casebook.ingest.file", ingestFile.toString());
        engine = TestEngine.start(settings, new EngineOverrides(null, null, env::get));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** An Alertmanager v4 payload whose one alert has a fingerprint of its own (so tests do not collide). */
    private static String alertmanager(String fingerprint, Map<String, String> extraLabels) {
        ObjectNode payload = Fixtures.json("alertmanager/alertmanager-v4-firing.json");
        ObjectNode alert = (ObjectNode) payload.withArray("alerts").get(0);
        alert.put("fingerprint", fingerprint);
        extraLabels.forEach(((ObjectNode) alert.get("labels"))::put);
        payload.withArray("alerts").removeIf(a -> a != alert);
        return payload.toString();
    }

    private static long stored(String query) {
        return engine.api().get("/api/alerts/_find?" + query).body().path("total").asLong();
    }

    private static JsonNode alertWithFingerprint(String fingerprint) {
        Api.Result found = engine.api().get("/api/alerts/_find?fingerprint=" + fingerprint);
        assertThat(found.body().path("total").asLong()).as(found.raw()).isEqualTo(1);
        return engine.api().get("/api/alerts/" + found.body().at("/alerts/0/id").asText()).body();
    }

    @Test
    void aSourceTokenIsAcceptedAndItsAlertsCarryItsName() {
        String fingerprint = "tok-" + UUID.randomUUID();
        HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts/alertmanager", bearer(PROM_TOKEN),
                alertmanager(fingerprint, Map.of()));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(alertWithFingerprint(fingerprint).at("/labels/ingest_source").asText()).isEqualTo("prom");
    }

    @Test
    void aSourceCannotForgeTheLabelsThatNameSenders() {
        String fingerprint = "forged-" + UUID.randomUUID();
        HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts/alertmanager", bearer(PROM_TOKEN),
                alertmanager(fingerprint, Map.of("ingest_source", "am-basic", "integration", "payments")));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode labels = alertWithFingerprint(fingerprint).path("labels");
        assertThat(labels.path("ingest_source").asText()).isEqualTo("prom");
        assertThat(labels.has("integration")).isFalse();
    }

    @Test
    void aWrongTokenIs401AuditedAndStoresNothing() {
        String fingerprint = "wrong-" + UUID.randomUUID();
        HttpResponse<String> refused = IngestYaml.post(engine, "/api/alerts/alertmanager",
                bearer(PROM_TOKEN + "x"), alertmanager(fingerprint, Map.of()));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(Api.json(refused.body())).isEqualTo(Api.json(
                "{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Unauthorized\"}"));
        assertThat(stored("fingerprint=" + fingerprint)).isZero();
        List<JsonNode> failed = AuditLines.events(engine.auditLog(), "authentication_failed");
        JsonNode line = failed.get(failed.size() - 1);
        assertThat(line.path("reason").asText()).isEqualTo("unknown ingest token");
        assertThat(line.path("method").asText()).isEqualTo("ingest_token");
        assertThat(line.path("path").asText()).isEqualTo("/api/alerts/alertmanager");
    }

    @Test
    void aTokenOnAFormatItMayNotPostIs403AndAudited() {
        String fingerprint = "fmt-" + UUID.randomUUID();
        String alert = "{\"source\":\"x\",\"id\":\"" + fingerprint + "\",\"status\":\"firing\",\"title\":\"t\"}";
        HttpResponse<String> refused = IngestYaml.post(engine, "/api/alerts", bearer(PROM_TOKEN), alert);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Api.json(refused.body()).path("message").asText())
                .isEqualTo("Unauthorized to ingest alerts in the native format");
        assertThat(stored("fingerprint=" + fingerprint)).isZero();
        List<JsonNode> denied = AuditLines.events(engine.auditLog(), "access_denied");
        assertThat(denied.get(denied.size() - 1).path("user").asText()).isEqualTo("prom");

        HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts", bearer(NATIVE_TOKEN), alert);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(alertWithFingerprint(fingerprint).at("/labels/ingest_source").asText()).isEqualTo("native-sender");
    }

    @Test
    void aSourceFindsNoSpaceOutsideItsOwn() {
        HttpResponse<String> hidden = IngestYaml.post(engine, "/s/soc/api/alerts/alertmanager", bearer(PROM_TOKEN),
                alertmanager("space-" + UUID.randomUUID(), Map.of()));

        assertThat(hidden.statusCode()).isEqualTo(404);
    }

    @Test
    void aSourceTokenOpensNothingButIngest() {
        HttpResponse<String> refused = IngestYaml.post(engine, "/api/cases", bearer(PROM_TOKEN), "{}");

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void withoutCredentialsASenderIsRefusedOnceSourcesAreConfigured() {
        String fingerprint = "anon-" + UUID.randomUUID();
        HttpResponse<String> refused = IngestYaml.post(engine, "/api/alerts/alertmanager", null,
                alertmanager(fingerprint, Map.of()));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(stored("fingerprint=" + fingerprint)).isZero();
        List<JsonNode> denied = AuditLines.events(engine.auditLog(), "anonymous_access_denied");
        assertThat(denied.get(denied.size() - 1).path("reason").asText()).isEqualTo("missing ingest credentials");
    }

    @Test
    void aUserWithAlertsAllStillIngests() {
        String fingerprint = "user-" + UUID.randomUUID();
        HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts/alertmanager",
                Api.basic("elastic", Api.ELASTIC_PASSWORD), alertmanager(fingerprint, Map.of("ingest_source", "x")));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(alertWithFingerprint(fingerprint).path("labels").has("ingest_source")).isFalse();
    }

    @Test
    void aBasicSourceIsAcceptedAsAlertmanagerSendsIt() {
        // Alertmanager's basic_auth: Authorization: Basic base64(username:password), its v4 payload as is.
        String payload = Fixtures.text("alertmanager/alertmanager-v4-firing.json");
        HttpResponse<String> accepted = IngestYaml.post(engine, "/api/alerts/alertmanager",
                Api.basic("am-sender", AM_PASSWORD), payload);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String fingerprint = Api.json(accepted.body()).at("/alerts/0/fingerprint").asText();
        assertThat(alertWithFingerprint(fingerprint).at("/labels/ingest_source").asText()).isEqualTo("am-basic");

        HttpResponse<String> wrong = IngestYaml.post(engine, "/api/alerts/alertmanager",
                Api.basic("am-sender", "not-the-password"), payload);
        assertThat(wrong.statusCode()).isEqualTo(401);
        List<JsonNode> failed = AuditLines.events(engine.auditLog(), "authentication_failed");
        assertThat(failed.get(failed.size() - 1).path("user").asText()).isEqualTo("am-sender");
        assertThat(failed.get(failed.size() - 1).path("method").asText()).isEqualTo("ingest_basic");
    }

    private static ObjectNode pagerDutyEvent(String routingKey, String dedupKey) {
        ObjectNode event = Fixtures.json("pagerduty/trigger.json");
        event.put("routing_key", routingKey);
        event.put("dedup_key", dedupKey);
        return event;
    }

    @Test
    void aKnownRoutingKeyIsItsIntegrationAndLabelsTheAlert() {
        String dedupKey = "pd-" + UUID.randomUUID();
        HttpResponse<String> accepted = IngestYaml.post(engine, "/v2/enqueue", null,
                pagerDutyEvent(PD_KEY, dedupKey).toString());

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(Api.json(accepted.body()).path("status").asText()).isEqualTo("success");
        JsonNode labels = alertWithFingerprint(dedupKey).path("labels");
        assertThat(labels.path("integration").asText()).isEqualTo("payments");
        assertThat(labels.path("integration_space").asText()).isEqualTo("payments");
        assertThat(labels.path("integration_owner").asText()).isEqualTo("securitySolution");
    }

    @Test
    void anUnknownRoutingKeyIsRefusedAsPagerDutyRefusesItAndNothingIsStored() {
        String dedupKey = "pd-unknown-" + UUID.randomUUID();
        HttpResponse<String> refused = IngestYaml.post(engine, "/v2/enqueue", null,
                pagerDutyEvent(OTHER_KEY, dedupKey).toString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"status\":\"invalid event\",\"message\":\"Event object is invalid\","
                + "\"errors\":[\"Invalid routing key\"]}");
        assertThat(stored("fingerprint=" + dedupKey)).isZero();
        List<JsonNode> failed = AuditLines.events(engine.auditLog(), "authentication_failed");
        assertThat(failed.get(failed.size() - 1).path("reason").asText()).isEqualTo("unknown routing key");
    }

    @Test
    void anInvalidEventIsToldWhatIsWrongBeforeItsKeyIsJudged() {
        ObjectNode event = pagerDutyEvent("short", "pd-bad-" + UUID.randomUUID());

        HttpResponse<String> refused = IngestYaml.post(engine, "/v2/enqueue", null, event.toString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused.body()).path("errors").get(0).asText())
                .isEqualTo("Length of 'routing_key' is incorrect (should be 32 characters)");
    }

    @Test
    void evenAUserMustNameAKnownIntegrationOnceIntegrationsExist() {
        String dedupKey = "pd-user-" + UUID.randomUUID();
        HttpResponse<String> refused = IngestYaml.post(engine, "/v2/enqueue",
                Api.basic("elastic", Api.ELASTIC_PASSWORD), pagerDutyEvent(OTHER_KEY, dedupKey).toString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused.body()).path("errors").get(0).asText()).isEqualTo("Invalid routing key");
        assertThat(stored("fingerprint=" + dedupKey)).isZero();
    }

    @Test
    void noClearTokenOrKeyInTheDatabaseTheAuditLogOrTheConfig() throws Exception {
        IngestYaml.post(engine, "/v2/enqueue", null, pagerDutyEvent(PD_KEY, "pd-scan-" + UUID.randomUUID())
                .toString());
        IngestYaml.post(engine, "/api/alerts/alertmanager", bearer(PROM_TOKEN),
                alertmanager("scan-" + UUID.randomUUID(), Map.of()));
        IngestYaml.post(engine, "/api/alerts/alertmanager", bearer(PROM_TOKEN + "wrong"),
                alertmanager("scan-" + UUID.randomUUID(), Map.of()));

        List<String> secrets = List.of(PROM_TOKEN, NATIVE_TOKEN, AM_PASSWORD, PD_KEY);
        String payloads = db.query("SELECT payload FROM alert_deliveries").toString();
        String audit = AuditLines.text(engine.auditLog());
        String config = Files.readString(ingestFile);
        for (String secret : secrets) {
            assertThat(payloads).doesNotContain(secret);
            assertThat(audit).doesNotContain(secret);
            assertThat(config).doesNotContain(secret);
        }
        assertThat(payloads).contains("\"routing_key\":\"[redacted]\"");
    }
}
