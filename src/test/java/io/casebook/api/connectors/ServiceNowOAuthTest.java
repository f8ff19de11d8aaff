package io.casebook.api.connectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.casebook.api.connectors.ServiceNowCases.jsonStatus;
import static io.casebook.api.connectors.ServiceNowCases.pem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ServiceNow OAuth with the JWT bearer grant, through the real engine: the signed assertion (checked with the
 * test key pair's public key), the token request at {@code /oauth_token.do} as ServiceNow documents it, the
 * token's reuse across pushes and its renewal after a 401.
 */
class ServiceNowOAuthTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final WireMockServer SNOW = new WireMockServer(options().dynamicPort());
    private static final String INCIDENTS = "/api/now/v2/table/incident";
    private static final String TOKEN = "/oauth_token.do";
    private static TestEngine engine;
    private static Api api;
    /** Each test has its own client, so tokens cached by another test's connector are never seen. */
    private String clientId;

    @BeforeAll
    static void start() {
        SNOW.start();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        SNOW.stop();
    }

    @BeforeEach
    void serviceNowAnswers() {
        SNOW.resetAll();
        clientId = "client-" + UUID.randomUUID();
        tokenIs("tok-1");
        incidentsAcceptToken("tok-1");
    }

    @Test
    void aPushSignsAJwtAssertionExchangesItForATokenAndCallsWithTheBearerToken() throws Exception {
        String connector = oauthConnector(pem("jwt-private.pem"), null);
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "OAuth", Map.of("urgency", "2"));

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("INC0010001");
        List<LoggedRequest> tokenCalls = SNOW.findAll(postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(tokenCalls).hasSize(1);
        assertThat(tokenCalls.get(0).getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(tokenCalls.get(0).getBodyAsString());
        assertThat(form).containsOnlyKeys("grant_type", "client_id", "client_secret", "assertion")
                .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
                .containsEntry("client_id", clientId)
                .containsEntry("client_secret", ConnectorBodies.SECRET + "client-secret");
        assertValidAssertion(form.get("assertion"));
        for (LoggedRequest call : SNOW.findAll(anyRequestedFor(urlPathMatching("/api/now/.*")))) {
            assertThat(call.getHeader("Authorization")).as(call.getUrl()).isEqualTo("Bearer tok-1");
        }
        // Kibana sends the username secret as caller; an OAuth connector has none, so nothing is sent.
        String create = SNOW.findAll(postRequestedFor(urlEqualTo(INCIDENTS))).get(0).getBodyAsString();
        assertThat(Api.json(create).has("caller_id")).isFalse();
    }

    @Test
    void theTokenIsReusedByTheNextPush() {
        String connector = oauthConnector(pem("jwt-private.pem"), null);
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Twice", Map.of());
        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);
        api.post("/api/cases/" + id + "/comments", AttachmentFixtures.userComment("More"));

        Api.Result second = ServiceNowCases.push(api, id, connector);

        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        SNOW.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
        SNOW.verify(2, patchRequestedFor(urlEqualTo(INCIDENTS + "/a1b2c3"))
                .withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    void aCachedTokenServiceNowRefusesIsRenewedOnceAndTheCallRetried() {
        String connector = oauthConnector(pem("jwt-private.pem"), null);
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Revoked", Map.of());
        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);
        // ServiceNow revoked tok-1 (an admin, or its own expiry ahead of expires_in): it answers 401 to it.
        SNOW.stubFor(any(urlPathMatching("/api/now/.*")).withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(jsonStatus(401, "{\"error\":{\"message\":\"User Not Authenticated\",\"detail\":"
                        + "\"Required to provide Auth information\"},\"status\":\"failure\"}")));
        tokenIs("tok-2");
        incidentsAcceptToken("tok-2");

        Api.Result second = ServiceNowCases.push(api, id, connector);

        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        SNOW.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
        SNOW.verify(1, patchRequestedFor(urlEqualTo(INCIDENTS + "/a1b2c3"))
                .withHeader("Authorization", equalTo("Bearer tok-1")));
        SNOW.verify(1, patchRequestedFor(urlEqualTo(INCIDENTS + "/a1b2c3"))
                .withHeader("Authorization", equalTo("Bearer tok-2")));
    }

    @Test
    void aFreshTokenServiceNowRefusesIsNotRetried() {
        SNOW.stubFor(any(urlPathMatching("/api/now/.*")).willReturn(jsonStatus(401, "{\"error\":{\"message\":"
                + "\"User Not Authenticated\",\"detail\":\"Required to provide Auth information\"},"
                + "\"status\":\"failure\"}")));
        String connector = oauthConnector(pem("jwt-private.pem"), null);
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "No role", Map.of());

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("User Not Authenticated").contains("401");
        SNOW.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
        SNOW.verify(1, getRequestedFor(urlPathEqualTo(INCIDENTS)));
    }

    @Test
    void badCredentialsAreA424WithServiceNowsErrorDescription() {
        SNOW.stubFor(post(TOKEN).willReturn(jsonStatus(401,
                "{\"error_description\":\"access_denied\",\"error\":\"server_error\"}")));
        String connector = oauthConnector(pem("jwt-private.pem"), null);
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Denied", Map.of());

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Unable to get an OAuth access token")
                .contains("server_error: access_denied").contains("401");
        SNOW.verify(0, anyRequestedFor(urlPathMatching("/api/now/.*")));
        assertThat(api.get("/api/cases/" + id).body().get("external_service").isNull()).isTrue();
    }

    @Test
    void anEncryptedKeyIsDecryptedWithItsPassword() throws Exception {
        String connector = oauthConnector(pem("jwt-private-encrypted.pem"), "key-pass");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Encrypted", Map.of());

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertValidAssertion(form(SNOW.findAll(postRequestedFor(urlEqualTo(TOKEN))).get(0).getBodyAsString())
                .get("assertion"));
    }

    @Test
    void aWrongKeyPasswordIsA424BeforeAnyCall() {
        String connector = oauthConnector(pem("jwt-private-encrypted.pem"), "not-the-pass");
        String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Wrong pass", Map.of());

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Unable to generate JWT token")
                .contains("privateKeyPassword does not decrypt the private key");
        assertThat(SNOW.getAllServeEvents()).isEmpty();
    }

    private void assertValidAssertion(String assertion) throws Exception {
        SignedJWT jwt = SignedJWT.parse(assertion);
        assertThat(jwt.verify(new RSASSAVerifier(publicKey()))).as("signed by the connector's key").isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("verifier-key-1");
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(clientId);
        assertThat(claims.getAudience()).containsExactly(clientId);
        assertThat(claims.getSubject()).isEqualTo("casebook.integration");
        assertThat(claims.getIssueTime().toInstant()).isCloseTo(Instant.now(), within(60, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000L);
    }

    private String oauthConnector(String privateKey, String password) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        secrets.put("clientSecret", ConnectorBodies.SECRET + "client-secret");
        secrets.put("privateKey", privateKey);
        if (password != null) {
            secrets.put("privateKeyPassword", password);
        }
        return ServiceNowCases.connector(api, ".servicenow", Map.of("apiUrl", SNOW.baseUrl(), "isOAuth", true,
                "clientId", clientId, "userIdentifierValue", "casebook.integration", "jwtKeyId", "verifier-key-1"),
                secrets);
    }

    /** ServiceNow's documented token answer (expires_in defaults to 1799 seconds). */
    private static void tokenIs(String token) {
        SNOW.stubFor(post(TOKEN).willReturn(okJson("{\"access_token\":\"" + token + "\",\"refresh_token\":"
                + "\"r-" + token + "\",\"scope\":\"useraccount\",\"token_type\":\"Bearer\",\"expires_in\":1799}")));
    }

    private static void incidentsAcceptToken(String token) {
        var bearer = equalTo("Bearer " + token);
        SNOW.stubFor(get(urlPathEqualTo(INCIDENTS)).withHeader("Authorization", bearer)
                .willReturn(okJson("{\"result\":[]}")));
        SNOW.stubFor(post(INCIDENTS).withHeader("Authorization", bearer).willReturn(jsonStatus(201,
                "{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
        SNOW.stubFor(patch(urlEqualTo(INCIDENTS + "/a1b2c3")).withHeader("Authorization", bearer)
                .willReturn(okJson("{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
        SNOW.stubFor(get(INCIDENTS + "/a1b2c3").withHeader("Authorization", bearer)
                .willReturn(okJson("{\"result\":{\"sys_id\":\"a1b2c3\",\"number\":\"INC0010001\"}}")));
    }

    private static RSAPublicKey publicKey() throws Exception {
        String base64 = pem("jwt-public.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }
}
