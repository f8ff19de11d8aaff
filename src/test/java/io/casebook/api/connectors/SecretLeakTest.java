package io.casebook.api.connectors;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.casebook.support.LogCapture;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.Fixtures;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets never leave: connectors of every type are created with marker secrets, pushed to and run against a
 * vendor that fails and echoes back what it was sent (headers, body), refused at once and after an outage; every
 * API answer of the flow and every log line the engine wrote meanwhile (its own at DEBUG, everything else at
 * INFO) are scanned for the markers and for the Basic credentials built from them.
 */
class SecretLeakTest {

    private static final String MARK = "LEAKMARK";
    private final WireMockServer vendor = new WireMockServer(options().dynamicPort());
    private final List<String> markers = new ArrayList<>();
    private final List<String> seenByVendor = new ArrayList<>();
    private final List<Api.Result> answers = new ArrayList<>();
    private LogCapture logs;
    private TestEngine engine;
    private Api api;

    @BeforeEach
    void start() {
        vendor.start();
        logs = LogCapture.engineAtDebug(Map.of("org.apache.camel", Level.INFO));
        engine = TestEngine.start(OutboxSteps.oneAttempt(InspectableDatabase.fresh().settings()));
        api = engine.api();
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
        vendor.stop();
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    void noSecretAppearsInAnyAnswerOrLogLine() {
        Map<String, String> connectors = new LinkedHashMap<>();
        connectors.put("jira", create(".jira", Map.of("apiUrl", vendor.baseUrl(), "projectKey", "OPS"),
                Map.of("email", "bot@example.com", "apiToken", secret("jira-token")),
                "bot@example.com"));
        connectors.put("servicenow", create(".servicenow", Map.of("apiUrl", vendor.baseUrl(), "usesTableApi", true),
                Map.of("username", "admin", "password", secret("snow-password")), "admin"));
        connectors.put("servicenow-sir", create(".servicenow-sir", Map.of("apiUrl", vendor.baseUrl(),
                "usesTableApi", true), Map.of("username", "admin", "password", secret("sir-password")), "admin"));
        Map<String, Object> oauth = new LinkedHashMap<>();
        oauth.put("clientSecret", secret("oauth-client-secret"));
        oauth.put("privateKey", Fixtures.text("servicenow/jwt-private-encrypted.pem"));
        oauth.put("privateKeyPassword", "key-pass");
        markers.add(pemLine(Fixtures.text("servicenow/jwt-private-encrypted.pem")));
        connectors.put("servicenow-oauth", create(".servicenow", Map.of("apiUrl", vendor.baseUrl(), "isOAuth", true,
                "clientId", "client-1", "userIdentifierValue", "casebook.integration", "jwtKeyId", "kid-1"),
                oauth, null));
        connectors.put("thehive", create(".thehive", Map.of("url", vendor.baseUrl()),
                Map.of("apiKey", secret("hive-api-key")), null));
        Map<String, Object> hookSecrets = new LinkedHashMap<>();
        hookSecrets.put("user", secret("hook-user"));
        hookSecrets.put("password", secret("hook-password"));
        hookSecrets.put("secretHeaders", Map.of("X-Api-Key", secret("hook-header")));
        connectors.put("webhook", create(".cases-webhook", webhookConfig(), hookSecrets,
                markers.get(markers.size() - 3)));

        record(() -> api.get("/api/actions/connectors"));
        record(() -> api.get("/api/cases/configure/connectors/_find"));
        String caseId = record(() -> api.post("/api/cases", CaseFixtures.newCase("Leak test"))).text("id");
        record(() -> api.post("/api/cases/" + caseId + "/comments", userComment("A comment to push")));

        vendorFailsEchoing(400);
        pushAndRunEach(connectors, caseId, 424);
        vendorFailsEchoing(503);
        pushAndRunEach(connectors, caseId, 424);

        record(() -> api.put("/api/actions/connector/" + connectors.get("thehive"), ConnectorBodies.update(
                "TheHive again", Map.of("url", vendor.baseUrl()), Map.of("apiKey", secret("hive-api-key-2")))));
        record(() -> api.get("/api/cases/" + caseId));
        record(() -> api.get("/api/cases/" + caseId + "/user_actions/_find"));
        record(() -> api.get("/internal/cases/" + caseId + "/_connectors"));
        engine.close();
        engine = null;

        vendorFailsEchoing(500);
        assertThat(String.join("\n", seenByVendor)).as("the vendor did get the secrets: there was something to leak")
                .contains(markers.stream().filter(m -> m.contains("oauth-client-secret")).findFirst().orElseThrow())
                .contains("Basic ").contains("Bearer ");
        assertThat(logs.lines()).as("the flow was logged").isNotEmpty();
        for (Api.Result answer : answers) {
            for (String marker : markers) {
                assertThat(answer.raw()).as("an API answer").doesNotContain(marker);
            }
        }
        for (String line : logs.lines()) {
            for (String marker : markers) {
                assertThat(line).as("a log line").doesNotContain(marker);
            }
        }
    }

    private void pushAndRunEach(Map<String, String> connectors, String caseId, int pushStatus) {
        connectors.forEach((type, id) -> {
            Api.Result pushed = record(() -> api.post("/api/cases/" + caseId + "/connector/" + id + "/_push", Map.of()));
            assertThat(pushed.status()).as(type + ": " + pushed.raw()).isEqualTo(pushStatus);
            Api.Result run = record(() -> api.post("/api/actions/connector/" + id + "/_execute", Map.of("params",
                    Map.of("subAction", "getIncident", "subActionParams", Map.of("externalId", "EXT-1")))));
            assertThat(run.text("status")).as(type + ": " + run.raw()).isEqualTo("error");
        });
    }

    /** The vendor refuses everything, repeating the credentials and body it got, as some error pages do. */
    private void vendorFailsEchoing(int status) {
        seenByVendor.addAll(vendor.getAllServeEvents().stream()
                .map(e -> e.getRequest().getHeader("Authorization") + " " + e.getRequest().getBodyAsString()).toList());
        vendor.resetAll();
        ResponseDefinitionBuilder echo = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[\"denied: {{request.headers.Authorization}} "
                        + "{{request.headers.X-Api-Key}}\"],"
                        + "\"error\":{\"message\":\"denied: {{request.headers.Authorization}}\","
                        + "\"detail\":\"{{request.headers.X-Api-Key}}\"},"
                        + "\"message\":\"denied: {{request.headers.Authorization}} {{request.headers.X-Api-Key}}\"}")
                .withTransformers("response-template");
        vendor.stubFor(any(anyUrl()).willReturn(echo));
        // The OAuth token request carries the client secret in its form body: echoed as is.
        vendor.stubFor(post("/oauth_token.do").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/plain").withBody("bad request: {{{request.body}}}")
                .withTransformers("response-template")));
    }

    private String create(String type, Map<String, Object> config, Map<String, Object> secrets, String basicUser) {
        Api.Result created = record(() -> api.post("/api/actions/connector", ConnectorBodies.create(type, type,
                config, secrets)));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        if (basicUser != null) {
            // What goes over the wire for Basic auth: base64(user:password), which an echo would show.
            String password = secrets.containsKey("password") ? (String) secrets.get("password")
                    : (String) secrets.get("apiToken");
            markers.add(Base64.getEncoder().encodeToString((basicUser + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        String id = created.text("id");
        record(() -> api.get("/api/actions/connector/" + id));
        return id;
    }

    private String secret(String name) {
        String value = MARK + "-" + name + "-" + Long.toHexString(System.nanoTime());
        markers.add(value);
        return value;
    }

    private Api.Result record(Supplier<Api.Result> call) {
        Api.Result result = call.get();
        answers.add(result);
        return result;
    }



    /** A line from the middle of the PEM: the private key itself, not its armour. */
    private static String pemLine(String pem) {
        return pem.lines().filter(l -> !l.startsWith("-----") && l.length() > 40).skip(2).findFirst().orElseThrow();
    }

    private Map<String, Object> webhookConfig() {
        String base = vendor.baseUrl();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("createIncidentUrl", base + "/issue");
        config.put("createIncidentJson", "{\"summary\":{{{case.title}}}}");
        config.put("createIncidentResponseKey", "key");
        config.put("getIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("getIncidentResponseExternalTitleKey", "summary");
        config.put("viewIncidentUrl", base + "/browse/{{{external.system.id}}}");
        config.put("updateIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("updateIncidentJson", "{\"summary\":{{{case.title}}}}");
        return config;
    }
}
