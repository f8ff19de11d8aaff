package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook connector's templates reach only {@code case.*} and {@code external.system.*} of the case being
 * pushed: not Java members, the environment, the connector's own secrets or config, nor another case. A partial
 * (a file) fails the push before anything is sent.
 */
class WebhookTemplateReachTest {

    private static final WireMockServer VENDOR = new WireMockServer(options().dynamicPort());
    private static final String PASSWORD = "hook-password-x1";
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        VENDOR.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(InspectableDatabase.fresh().settings()));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        VENDOR.stop();
    }

    @BeforeEach
    void vendorAnswers() {
        VENDOR.resetAll();
        VENDOR.stubFor(post("/issue").willReturn(okJson("{\"key\":\"T-1\"}")));
        VENDOR.stubFor(get("/issue/T-1").willReturn(okJson("{\"key\":\"T-1\",\"summary\":\"Ticket\"}")));
    }

    @Test
    void probesOutsideTheDocumentedVariablesRenderAsEmpty() {
        String other = OutboxSteps.newCase(api, "Another team's case");
        String probes = "{\"title\":{{{case.title}}},\"probes\":\"{{class}}|{{getClass}}|{{case.class}}|"
                + "{{case.getClass}}|{{case.title.class}}|{{case.title.bytes}}|{{case.title.length}}|"
                + "{{external.system.class}}|{{env.HOME}}|{{env.PATH}}|{{java.version}}|{{user.home}}|"
                + "{{secrets.password}}|{{secrets.user}}|{{config.createIncidentUrl}}|{{connector.secrets}}|"
                + "{{headers.Authorization}}|{{cases}}|{{case.connector}}|{{case.comments}}|{{case.secrets}}|"
                + "{{#lambda}}x{{/lambda}}|{{#case}}{{getClass}}{{/case}}|{{case." + other + ".title}}\"}";
        String connector = webhook(probes);
        String id = OutboxSteps.newCase(api, "Mine");

        Api.Result pushed = api.post("/api/cases/" + id + "/connector/" + connector + "/_push", Map.of());

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JsonNode sent = Api.json(VENDOR.findAll(postRequestedFor(urlEqualTo("/issue"))).get(0).getBodyAsString());
        assertThat(sent.path("title").asText()).isEqualTo("Mine");
        assertThat(sent.path("probes").asText()).isEqualTo("|".repeat(23));
    }

    @Test
    void aPartialFailsThePushAndSendsNothing() {
        String connector = webhook("{\"title\":{{{case.title}}},\"x\":\"{{> /etc/passwd}}\"}");
        String id = OutboxSteps.newCase(api, "Partial");

        Api.Result pushed = api.post("/api/cases/" + id + "/connector/" + connector + "/_push", Map.of());

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("createIncidentJson does not compile").doesNotContain("root:");
        VENDOR.verify(0, anyRequestedFor(anyUrl()));
    }

    private static String webhook(String createJson) {
        Map<String, Object> config = new HashMap<>();
        String base = VENDOR.baseUrl();
        config.put("createIncidentUrl", base + "/issue");
        config.put("createIncidentJson", createJson);
        config.put("createIncidentResponseKey", "key");
        config.put("getIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("getIncidentResponseExternalTitleKey", "summary");
        config.put("viewIncidentUrl", base + "/browse/{{{external.system.id}}}");
        config.put("updateIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("updateIncidentJson", "{\"title\":{{{case.title}}}}");
        return OutboxSteps.connector(api, ConnectorBodies.create("Hook", ".cases-webhook", config,
                Map.of("user", "hook-user", "password", PASSWORD)));
    }
}
