package io.casebook.api.connectors;

import io.casebook.EngineOverrides;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.casebook.CasebookApp;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * casebook.connectors.allowed-hosts with Kibana's allowedHosts semantics. The vendor answers on one port under two
 * names: {@code localhost} is listed, {@code 127.0.0.1} is not, so every refusal here is about the name alone.
 * Refused at create and update with Kibana's words per type; refused again as each call goes out, so neither a
 * preconfigured connector nor a webhook URL rendered from the case reaches the unlisted name; {@code *} (the
 * default) allows any host.
 */
class AllowedHostsTest {

    private static final WireMockServer VENDOR = new WireMockServer(options().dynamicPort());
    private static final String REFUSAL = "is not added to the Kibana config xpack.actions.allowedHosts";
    private static TestEngine engine;
    private static Api api;
    private static String listed;
    private static String unlisted;

    @BeforeAll
    static void start() throws IOException {
        VENDOR.start();
        listed = "http://localhost:" + VENDOR.port();
        unlisted = "http://127.0.0.1:" + VENDOR.port();
        Path dir = Files.createTempDirectory("connectors");
        Files.writeString(dir.resolve("jira-elsewhere.yaml"), """
                name: Jira on an unlisted host
                type: .jira
                config:
                  apiUrl: %s
                  projectKey: OPS
                secrets:
                  email: ${env:JIRA_EMAIL}
                  apiToken: ${env:JIRA_TOKEN}
                """.formatted(unlisted));
        Files.writeString(dir.resolve("webhook-by-title.yaml"), """
                name: Webhook whose look-up host comes from the case
                type: .cases-webhook
                config:
                  hasAuth: false
                  createIncidentUrl: %1$s/issue
                  createIncidentJson: '{"summary":{{{case.title}}}}'
                  createIncidentResponseKey: key
                  getIncidentUrl: %1$s/issue/{{{external.system.id}}}
                  getIncidentResponseExternalTitleKey: summary
                  getIncidentByCaseIdUrl: http://{{{case.title}}}:%2$d/issues?ref={{{case.id}}}
                  getIncidentByCaseIdResponseKey: items.0.key
                  viewIncidentUrl: %1$s/browse/{{{external.system.id}}}
                  updateIncidentUrl: %1$s/issue/{{{external.system.id}}}
                  updateIncidentJson: '{"summary":{{{case.title}}}}'
                """.formatted(listed, VENDOR.port()));
        Map<String, String> settings = new HashMap<>(OutboxSteps.oneAttempt(InspectableDatabase.fresh().settings()));
        settings.put("casebook.connectors.dir", dir.toString());
        settings.put("casebook.connectors.allowed-hosts", "example.com, LOCALHOST");
        engine = TestEngine.start(settings, new EngineOverrides(null, null,
                Map.of("JIRA_EMAIL", "bot@example.com", "JIRA_TOKEN", "jira-token")::get));
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
        VENDOR.stubFor(get(urlPathEqualTo("/issues")).willReturn(okJson("{\"items\":[]}")));
        VENDOR.stubFor(post("/issue").willReturn(okJson("{\"key\":\"T-1\"}")));
        VENDOR.stubFor(get("/issue/T-1").willReturn(okJson("{\"key\":\"T-1\",\"summary\":\"Ticket\"}")));
        VENDOR.stubFor(get("/rest/api/2/issue/createmeta/OPS/issuetypes").willReturn(okJson(
                "{\"issueTypes\":[{\"id\":\"10001\",\"name\":\"Task\"}]}")));
    }

    @Test
    void aConnectorNamingAnUnlistedHostIsRefusedAtCreateInEachTypesWords() {
        assertRefused(ConnectorBodies.create("Jira", ".jira", Map.of("apiUrl", unlisted, "projectKey", "OPS"),
                Map.of("email", "bot@example.com", "apiToken", "t")), "error configuring connector action: ", unlisted);
        assertRefused(ConnectorBodies.create("SN", ".servicenow", Map.of("apiUrl", unlisted + "/now"),
                Map.of("username", "admin", "password", "p")), "error configuring connector action: ",
                unlisted + "/now");
        assertRefused(ConnectorBodies.create("Hive", ".thehive", Map.of("url", unlisted), Map.of("apiKey", "k")),
                "error validating url: ", unlisted);
        assertRefused(ConnectorBodies.create("Hook", ".cases-webhook", webhook(unlisted + "/issue", listed),
                Map.of()), "error configuring cases webhook action: ", unlisted + "/issue");
        // Every URL option counts, not only the first; a host made by a template cannot be vouched for.
        assertRefused(ConnectorBodies.create("Hook", ".cases-webhook", webhook(listed + "/issue",
                "http://{{{external.system.id}}}"), Map.of()), "error configuring cases webhook action: ",
                "http://{{{external.system.id}}}/issue/{{{external.system.id}}}");
        VENDOR.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUpdateToAnUnlistedHostIsRefusedAndLeavesTheConnectorAsItWas() {
        String id = OutboxSteps.connector(api, ConnectorBodies.create("Jira", ".jira",
                Map.of("apiUrl", listed, "projectKey", "OPS"), Map.of("email", "bot@example.com", "apiToken", "t")));

        Api.Result refused = api.put("/api/actions/connector/" + id, ConnectorBodies.update("Jira",
                Map.of("apiUrl", unlisted, "projectKey", "OPS"), Map.of("email", "bot@example.com", "apiToken", "t")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("error validating action type config: error configuring "
                + "connector action: target url \"" + unlisted + "\" " + REFUSAL);
        assertThat(api.get("/api/actions/connector/" + id).body().at("/config/apiUrl").asText()).isEqualTo(listed);
    }

    @Test
    void aWebhookUrlRenderedToAnUnlistedHostIsRefusedAtPushAndSendsNothing() {
        String id = OutboxSteps.newCase(api, "127.0.0.1");

        Api.Result pushed = api.post("/api/cases/" + id + "/connector/webhook-by-title/_push", Map.of());

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("target url \"" + unlisted + "/issues\" " + REFUSAL);
        VENDOR.verify(0, anyRequestedFor(anyUrl()));
        assertThat(api.get("/api/cases/" + id).body().path("external_service").isNull()).isTrue();
    }

    @Test
    void theSameWebhookRenderedToAListedHostPushes() {
        String id = OutboxSteps.newCase(api, "localhost");

        Api.Result pushed = api.post("/api/cases/" + id + "/connector/webhook-by-title/_push", Map.of());

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        VENDOR.verify(getRequestedFor(urlEqualTo("/issues?ref=" + id)));
        VENDOR.verify(postRequestedFor(urlEqualTo("/issue")));
    }

    @Test
    void aPreconfiguredConnectorToAnUnlistedHostIsRefusedAsItCallsOutOnPushAndOnExecute() {
        String id = OutboxSteps.newCase(api, "Preconfigured");

        Api.Result pushed = api.post("/api/cases/" + id + "/connector/jira-elsewhere/_push", Map.of());
        Api.Result executed = api.post("/api/actions/connector/jira-elsewhere/_execute",
                Map.of("params", Map.of("subAction", "issueTypes", "subActionParams", Map.of())));

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("target url \"" + unlisted + "/rest/api/2/").contains(REFUSAL);
        assertThat(executed.status()).isEqualTo(200);
        assertThat(executed.text("status")).isEqualTo("error");
        assertThat(executed.body().toString()).contains(REFUSAL);
        VENDOR.verify(0, anyRequestedFor(anyUrl()));
    }

    /** Two parsers, two hosts: java.net.URI finds none, a hand reading finds the listed {@code localhost}. */
    private static String twoHosts() {
        return "http://x@127.0.0.1:" + VENDOR.port() + "@localhost:" + VENDOR.port();
    }

    private static final String UNPARSEABLE = "error validating action type config: [apiUrl]: unable to parse url: "
            + "no host can be read from it";

    @Test
    void aUrlWithNoHostJavaCanReadIsRefusedAtCreateAndUpdateNamingTheOption() {
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("Jira", ".jira",
                Map.of("apiUrl", twoHosts(), "projectKey", "OPS"), Map.of("email", "bot@example.com", "apiToken", "t")));

        assertThat(created.status()).as(created.raw()).isEqualTo(400);
        assertThat(created.body()).isEqualTo(Api.json("{\"statusCode\":400,\"error\":\"Bad Request\","
                + "\"message\":\"" + UNPARSEABLE + "\"}"));

        String id = OutboxSteps.connector(api, ConnectorBodies.create("Jira", ".jira",
                Map.of("apiUrl", listed, "projectKey", "OPS"), Map.of("email", "bot@example.com", "apiToken", "t")));
        Api.Result updated = api.put("/api/actions/connector/" + id, ConnectorBodies.update("Jira",
                Map.of("apiUrl", twoHosts(), "projectKey", "OPS"), Map.of("email", "bot@example.com", "apiToken", "t")));

        assertThat(updated.status()).as(updated.raw()).isEqualTo(400);
        assertThat(updated.text("message")).isEqualTo(UNPARSEABLE);
        assertThat(api.get("/api/actions/connector/" + id).body().at("/config/apiUrl").asText()).isEqualTo(listed);
        VENDOR.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aUrlWithNoHostJavaCanReadIsRefusedEvenWhenAnyHostIsAllowed() {
        try (TestEngine open = TestEngine.start(InspectableDatabase.fresh().settings())) {
            Api.Result created = open.api().post("/api/actions/connector", ConnectorBodies.create("Jira", ".jira",
                    Map.of("apiUrl", "http://x@127.0.0.1:" + VENDOR.port() + "@example.com", "projectKey", "OPS"),
                    Map.of("email", "bot@example.com", "apiToken", "t")));

            assertThat(created.status()).as(created.raw()).isEqualTo(400);
            assertThat(created.text("message")).isEqualTo(UNPARSEABLE);
            assertThat(open.api().get("/api/actions/connectors").body()).isEmpty();
        }
    }

    @Test
    void theDefaultAllowsAnyHost() {
        try (TestEngine open = TestEngine.start(InspectableDatabase.fresh().settings())) {
            String id = OutboxSteps.connector(open.api(), ConnectorBodies.create("Jira", ".jira",
                    Map.of("apiUrl", unlisted, "projectKey", "OPS"),
                    Map.of("email", "bot@example.com", "apiToken", "t")));

            Api.Result executed = open.api().post("/api/actions/connector/" + id + "/_execute",
                    Map.of("params", Map.of("subAction", "issueTypes", "subActionParams", Map.of())));

            assertThat(executed.text("status")).as(executed.raw()).isEqualTo("ok");
            VENDOR.verify(getRequestedFor(urlEqualTo("/rest/api/2/issue/createmeta/OPS/issuetypes")));
        }
    }

    private static void assertRefused(Map<String, Object> body, String typeWords, String url) {
        Api.Result refused = api.post("/api/actions/connector", body);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("error validating action type config: " + typeWords
                + "target url \"" + url + "\" " + REFUSAL);
    }

    private static Map<String, Object> webhook(String createUrl, String base) {
        Map<String, Object> config = new HashMap<>();
        config.put("hasAuth", false);
        config.put("createIncidentUrl", createUrl);
        config.put("createIncidentJson", "{\"summary\":{{{case.title}}}}");
        config.put("createIncidentResponseKey", "key");
        config.put("getIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("getIncidentResponseExternalTitleKey", "summary");
        config.put("viewIncidentUrl", listed + "/browse/{{{external.system.id}}}");
        config.put("updateIncidentUrl", listed + "/issue/{{{external.system.id}}}");
        config.put("updateIncidentJson", "{\"summary\":{{{case.title}}}}");
        return config;
    }
}
