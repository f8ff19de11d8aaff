package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's {@code .cases-webhook} push through the real engine and real HTTP against WireMock: templates
 * rendered over the documented variables as JSON values, the id and title read at dotted response keys,
 * update on later pushes, comments only when configured, and vendor or template errors as 424.
 */
class CasesWebhookPushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer VENDOR = new WireMockServer(options().dynamicPort());
    private static final String TITLE = "Say \"hi\" to\nthe \\ team";
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        VENDOR.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
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
        VENDOR.stubFor(post("/issue").willReturn(jsonStatus(201, "{\"data\":{\"key\":\"OPS 7\",\"n\":7}}")));
        VENDOR.stubFor(get("/issue/OPS%207").willReturn(okJson("{\"key\":\"OPS 7\",\"fields\":{\"summary\":\"Ticket 7\"}}")));
        VENDOR.stubFor(put("/issue/OPS%207").willReturn(aResponse().withStatus(204)));
        VENDOR.stubFor(post("/issue/OPS%207/comment").willReturn(jsonStatus(201, "{}")));
    }

    @Test
    void firstPushRendersValidJsonReadsTheIdAndTitleAndSendsCommentsWithHeadersAndBasicAuth() {
        String connector = webhook(Map.of());
        String id = newCase(TITLE, List.of("a", "b\"c")).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("Looking \"at\" it"));

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JsonNode service = pushed.body().get("external_service");
        assertThat(service.get("external_id").asText()).isEqualTo("OPS 7");
        assertThat(service.get("external_title").asText()).isEqualTo("Ticket 7");
        assertThat(service.get("external_url").asText()).isEqualTo(VENDOR.baseUrl() + "/browse/OPS%207/Ticket%207");
        JsonNode created = Api.json(VENDOR.findAll(postRequestedFor(urlEqualTo("/issue"))).get(0).getBodyAsString());
        assertThat(created.at("/fields/summary").asText()).isEqualTo(TITLE);
        assertThat(created.at("/fields/description").asText()).isEqualTo("A case description.\n\nAdded by elastic.");
        assertThat(created.at("/fields/labels").toString()).isEqualTo("[\"a\",\"b\\\"c\"]");
        assertThat(created.at("/fields/severity").asText()).isEqualTo("high");
        assertThat(created.at("/fields/status").asText()).isEqualTo("open");
        assertThat(created.at("/fields/ref").asText()).isEqualTo(id);
        VENDOR.verify(postRequestedFor(urlEqualTo("/issue"))
                .withHeader("Authorization", equalTo("Basic dXNlcjpwYXNz"))
                .withHeader("X-Team", equalTo("soc"))
                .withHeader("X-Api-Key", equalTo("secret-key"))
                .withHeader("Content-Type", containing("application/json")));
        VENDOR.verify(1, getRequestedFor(urlEqualTo("/issue/OPS%207")));
        assertThat(commentBodies()).containsExactly("{\"body\":\"Looking \\\"at\\\" it\\n\\nAdded by elastic.\","
                + "\"issue\":\"OPS 7\"}");
    }

    @Test
    void laterPushesUpdateThroughTheConfiguredMethodAndSendOnlyNewComments() {
        String connector = webhook(Map.of());
        String id = newCase("Latency", List.of()).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("First"));
        assertThat(push(id, connector).status()).isEqualTo(200);
        VENDOR.resetRequests();
        api.post("/api/cases/" + id + "/comments", userComment("Second"));

        Api.Result second = push(id, connector);

        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        VENDOR.verify(0, postRequestedFor(urlEqualTo("/issue")));
        JsonNode updated = Api.json(VENDOR.findAll(putRequestedFor(urlEqualTo("/issue/OPS%207"))).get(0)
                .getBodyAsString());
        assertThat(updated.at("/fields/summary").asText()).isEqualTo("Latency");
        assertThat(updated.at("/fields/key").asText()).isEqualTo("OPS 7");
        VENDOR.verify(1, getRequestedFor(urlEqualTo("/issue/OPS%207")));
        assertThat(commentBodies()).hasSize(1).allMatch(b -> b.contains("Second"));
        assertThat(second.body().at("/external_service/external_title").asText()).isEqualTo("Ticket 7");
    }

    @Test
    void commentsAreSkippedUnlessTheUrlAndTheJsonAreBothConfigured() {
        Map<String, Object> noJson = new HashMap<>(config(Map.of()));
        noJson.remove("createCommentJson");
        String connector = created(noJson);
        String id = newCase("No comments", List.of()).get("id").asText();
        api.post("/api/cases/" + id + "/comments", userComment("Kept here"));

        assertThat(push(id, connector).status()).isEqualTo(200);

        VENDOR.verify(0, postRequestedFor(urlPathMatching("/issue/.*/comment")));
    }

    @Test
    void aVendorErrorIsA424NamingTheStepAndChangesNothing() {
        VENDOR.stubFor(post("/issue").willReturn(jsonStatus(400, "{\"errors\":{\"summary\":\"too long\"}}")));
        String connector = webhook(Map.of());
        String id = newCase("Refused", List.of()).get("id").asText();

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Unable to create case").contains("400").contains("too long");
        assertUnchanged(id);
    }

    @Test
    void aTemplateThatDoesNotRenderJsonIsA424NamingTheTemplateAndSendsNothing() {
        String connector = webhook(Map.of("createIncidentJson", "{\"summary\": \"{{{case.title}}}\"}"));
        String id = newCase("Quoted twice", List.of()).get("id").asText();

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("createIncidentJson").contains("valid JSON");
        VENDOR.verify(0, anyRequestedFor(anyUrl()));
        assertUnchanged(id);
    }

    @Test
    void aMissingResponseKeyIsA424() {
        String connector = webhook(Map.of("createIncidentResponseKey", "data.id"));
        String id = newCase("No id", List.of()).get("id").asText();

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("data.id");
        assertUnchanged(id);
    }

    @Test
    void aConfiguredLookupThatFindsTheCasesIncidentUpdatesItInsteadOfCreatingAnother() {
        VENDOR.stubFor(get(urlPathEqualTo("/issues")).willReturn(okJson("{\"items\":[{\"key\":\"OPS 7\"}]}")));
        String connector = webhook(lookup());
        String id = newCase("Retried", List.of()).get("id").asText();

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.body().at("/external_service/external_id").asText()).isEqualTo("OPS 7");
        VENDOR.verify(getRequestedFor(urlEqualTo("/issues?ref=" + id + "&title=Retried"))
                .withHeader("Authorization", equalTo("Basic dXNlcjpwYXNz")));
        VENDOR.verify(0, postRequestedFor(urlEqualTo("/issue")));
        VENDOR.verify(1, putRequestedFor(urlEqualTo("/issue/OPS%207")));
    }

    @Test
    void aLookupThatFindsNothingOrAnswers404CreatesWithTheCasesIdempotencyKey() {
        VENDOR.stubFor(get(urlPathEqualTo("/issues")).willReturn(okJson("{\"items\":[]}")));
        String connector = webhook(lookup());
        String empty = newCase("Empty answer", List.of()).get("id").asText();
        assertThat(push(empty, connector).status()).isEqualTo(200);
        VENDOR.stubFor(get(urlPathEqualTo("/issues")).willReturn(jsonStatus(404, "{\"error\":\"none\"}")));
        String missing = newCase("Not found", List.of()).get("id").asText();

        Api.Result pushed = push(missing, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        VENDOR.verify(1, postRequestedFor(urlEqualTo("/issue")).withHeader("Idempotency-Key", equalTo("casebook-" + empty)));
        VENDOR.verify(1, postRequestedFor(urlEqualTo("/issue")).withHeader("Idempotency-Key", equalTo("casebook-" + missing)));
        VENDOR.verify(0, putRequestedFor(urlEqualTo("/issue/OPS%207")));
    }

    @Test
    void aLookupThatFailsIsA424AndCreatesNothing() {
        VENDOR.stubFor(get(urlPathEqualTo("/issues")).willReturn(jsonStatus(500, "{\"error\":\"down\"}")));
        String connector = webhook(lookup());
        String id = newCase("Lookup down", List.of()).get("id").asText();

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("GET " + VENDOR.baseUrl() + "/issues answered 500")
                .contains("down");
        VENDOR.verify(0, postRequestedFor(urlEqualTo("/issue")));
        assertUnchanged(id);
    }

    @Test
    void withoutTheLookupOptionNoLookupIsMadeAndTheCreateStillCarriesTheIdempotencyKey() {
        String connector = webhook(Map.of());
        String id = newCase("Plain", List.of()).get("id").asText();

        assertThat(push(id, connector).status()).isEqualTo(200);

        VENDOR.verify(0, getRequestedFor(urlPathEqualTo("/issues")));
        VENDOR.verify(1, postRequestedFor(urlEqualTo("/issue")).withHeader("Idempotency-Key", equalTo("casebook-" + id)));
        VENDOR.verify(1, getRequestedFor(urlEqualTo("/issue/OPS%207")));
        VENDOR.verify(0, putRequestedFor(urlEqualTo("/issue/OPS%207")));
    }

    @Test
    void theLookupUrlAndKeyAreConfiguredTogetherOrNotAtAll() {
        Api.Result onlyUrl = api.post("/api/actions/connector", ConnectorBodies.create("Tickets", ".cases-webhook",
                config(Map.of("getIncidentByCaseIdUrl", VENDOR.baseUrl() + "/issues?ref={{{case.id}}}")),
                Map.of("user", "user", "password", "pass")));

        assertThat(onlyUrl.status()).isEqualTo(400);
        assertThat(onlyUrl.text("message")).isEqualTo("error validating action type connector: getIncidentByCaseIdUrl "
                + "and getIncidentByCaseIdResponseKey must be specified together");
    }

    @Test
    void getIncidentMethodPostSendsTheRenderedGetIncidentJsonToReadTheTitle() {
        VENDOR.stubFor(post("/issue/OPS%207/read").willReturn(okJson("{\"fields\":{\"summary\":\"Ticket 7 via post\"}}")));
        String connector = webhook(Map.of("getIncidentUrl", VENDOR.baseUrl() + "/issue/{{{external.system.id}}}/read",
                "getIncidentMethod", "post", "getIncidentJson", "{\"key\":{{{external.system.id}}},\"fields\":[\"summary\"]}"));
        String id = newCase("Read by post", List.of()).get("id").asText();

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("Ticket 7 via post");
        VENDOR.verify(1, postRequestedFor(urlEqualTo("/issue/OPS%207/read"))
                .withRequestBody(equalToJson("{\"key\":\"OPS 7\",\"fields\":[\"summary\"]}")));
        VENDOR.verify(0, getRequestedFor(urlPathMatching("/issue/.*")));
    }

    @Test
    void getIncidentMethodGetSendsNoBodyEvenWithAGetIncidentJson() {
        String connector = webhook(Map.of("getIncidentMethod", "get", "getIncidentJson", "{\"key\":{{{external.system.id}}}}"));
        String id = newCase("Read by get", List.of()).get("id").asText();

        assertThat(push(id, connector).status()).isEqualTo(200);

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> reads =
                VENDOR.findAll(getRequestedFor(urlEqualTo("/issue/OPS%207")));
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).getBodyAsString()).isEmpty();
    }

    @Test
    void theGetIncidentTestCallUsesTheConfiguredMethodAndJson() {
        VENDOR.stubFor(post("/search").willReturn(okJson("{\"fields\":{\"summary\":\"Found by post\"}}")));
        String connector = webhook(Map.of("getIncidentUrl", VENDOR.baseUrl() + "/search", "getIncidentMethod", "post",
                "getIncidentJson", "{\"q\":{{{external.system.id}}}}"));

        Api.Result run = api.post("/api/actions/connector/" + connector + "/_execute",
                Map.of("params", Map.of("subAction", "getIncident", "subActionParams", Map.of("externalId", "OPS 9"))));

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().at("/data/title").asText()).as(run.raw()).isEqualTo("Found by post");
        VENDOR.verify(1, postRequestedFor(urlEqualTo("/search")).withRequestBody(equalToJson("{\"q\":\"OPS 9\"}")));
    }

    @Test
    void aGetIncidentMethodOutsideGetAndPostIsRefused() {
        Api.Result refused = api.post("/api/actions/connector", ConnectorBodies.create("Tickets", ".cases-webhook",
                config(Map.of("getIncidentMethod", "put")), Map.of("user", "user", "password", "pass")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).contains("[getIncidentMethod]");
    }

    @Test
    void sslClientCertificateAuthIsRefusedAtCreateAndUpdateNamingTheOption() {
        Map<String, Object> ssl = new HashMap<>(config(Map.of("authType", "webhook-authentication-ssl")));
        Api.Result refused = api.post("/api/actions/connector", ConnectorBodies.create("Tickets", ".cases-webhook",
                ssl, Map.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("error").asText()).isEqualTo("Bad Request");
        assertThat(refused.text("message")).isEqualTo("error validating action type connector: authType "
                + "webhook-authentication-ssl (client certificates) is not supported; use webhook-authentication-basic, "
                + "or hasAuth false with secretHeaders");

        String connector = webhook(Map.of());
        Api.Result update = api.put("/api/actions/connector/" + connector, ConnectorBodies.update("Tickets", ssl,
                Map.of("user", "user", "password", "pass")));
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.text("message")).contains("authType webhook-authentication-ssl (client certificates) is "
                + "not supported");
        assertThat(api.get("/api/actions/connector/" + connector).body().at("/config/authType").asText())
                .isEqualTo("webhook-authentication-basic");

        Map<String, Object> noAuth = new HashMap<>(ssl);
        noAuth.put("hasAuth", false); // the auth type is moot without auth, as in Kibana
        assertThat(api.post("/api/actions/connector", ConnectorBodies.create("Tickets", ".cases-webhook", noAuth,
                Map.of())).status()).isEqualTo(200);
    }

    private static Map<String, Object> lookup() {
        return Map.of("getIncidentByCaseIdUrl", VENDOR.baseUrl() + "/issues?ref={{{case.id}}}&title={{{case.title}}}",
                "getIncidentByCaseIdResponseKey", "items.0.key");
    }

    private static Map<String, Object> config(Map<String, Object> overrides) {
        String base = VENDOR.baseUrl();
        Map<String, Object> config = new HashMap<>();
        config.put("createIncidentUrl", base + "/issue");
        config.put("createIncidentJson", "{\"fields\":{\"summary\":{{{case.title}}},\"description\":"
                + "{{{case.description}}},\"labels\":{{{case.tags}}},\"severity\":{{{case.severity}}},"
                + "\"status\":{{{case.status}}},\"ref\":{{{case.id}}},\"unknown\":\"{{{case.secret}}}\"}}");
        config.put("createIncidentResponseKey", "data.key");
        config.put("getIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("getIncidentResponseExternalTitleKey", "fields.summary");
        config.put("viewIncidentUrl", base + "/browse/{{{external.system.id}}}/{{{external.system.title}}}");
        config.put("updateIncidentUrl", base + "/issue/{{{external.system.id}}}");
        config.put("updateIncidentJson", "{\"fields\":{\"summary\":{{{case.title}}},\"key\":{{{external.system.id}}}}}");
        config.put("createCommentUrl", base + "/issue/{{{external.system.id}}}/comment");
        config.put("createCommentMethod", "post");
        config.put("createCommentJson", "{\"body\":{{{case.comment}}},\"issue\":{{{external.system.id}}}}");
        config.put("headers", Map.of("X-Team", "soc"));
        config.putAll(overrides);
        return config;
    }

    private static String webhook(Map<String, Object> overrides) {
        return created(config(overrides));
    }

    private static String created(Map<String, Object> config) {
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("Tickets", ".cases-webhook",
                config, Map.of("user", "user", "password", "pass", "secretHeaders", Map.of("X-Api-Key", "secret-key"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static JsonNode newCase(String title, List<String> tags) {
        Map<String, Object> body = CaseFixtures.newCase(title);
        body.put("tags", tags);
        body.put("severity", "high");
        Api.Result created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body();
    }

    private static Api.Result push(String caseId, String connectorId) {
        return api.post("/api/cases/" + caseId + "/connector/" + connectorId + "/_push", Map.of());
    }

    private static ResponseDefinitionBuilder jsonStatus(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static List<String> commentBodies() {
        return VENDOR.findAll(postRequestedFor(urlPathMatching("/issue/.*/comment"))).stream()
                .map(r -> r.getBodyAsString()).toList();
    }

    private static void assertUnchanged(String id) {
        JsonNode after = api.get("/api/cases/" + id).body();
        assertThat(after.get("external_service").isNull()).as(after.toString()).isTrue();
    }
}
