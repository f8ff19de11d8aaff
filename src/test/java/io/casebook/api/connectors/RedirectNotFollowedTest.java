package io.casebook.api.connectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redirects are never followed, whatever allowed-hosts says (here {@code *}): a vendor that answers 302 towards
 * another host gets no second request there, and the push or {@code _execute} fails with the vendor's status, so
 * a listed host cannot bounce a call to an unlisted one.
 */
class RedirectNotFollowedTest {

    private static final WireMockServer VENDOR = new WireMockServer(options().dynamicPort());
    private static final WireMockServer ELSEWHERE = new WireMockServer(options().dynamicPort());
    private static TestEngine engine;
    private static Api api;
    private static String connector;

    @BeforeAll
    static void start() {
        VENDOR.start();
        ELSEWHERE.start();
        String target = "http://127.0.0.1:" + ELSEWHERE.port() + "/internal";
        VENDOR.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(302).withHeader("Location", target)));
        ELSEWHERE.stubFor(any(anyUrl()).willReturn(okJson("{\"issueTypes\":[{\"id\":\"1\",\"name\":\"Task\"}],"
                + "\"id\":\"10000\",\"key\":\"OPS-1\"}")));
        engine = TestEngine.start(OutboxSteps.oneAttempt(InspectableDatabase.fresh().settings()));
        api = engine.api();
        connector = OutboxSteps.connector(api, ConnectorBodies.create("Jira", ".jira",
                Map.of("apiUrl", "http://localhost:" + VENDOR.port(), "projectKey", "OPS"),
                Map.of("email", "bot@example.com", "apiToken", "t")));
    }

    @AfterAll
    static void stop() {
        engine.close();
        VENDOR.stop();
        ELSEWHERE.stop();
    }

    @Test
    void executeGetsTheRedirectAsAnErrorAndNothingReachesItsTarget() {
        VENDOR.resetRequests();
        Api.Result executed = api.post("/api/actions/connector/" + connector + "/_execute",
                Map.of("params", Map.of("subAction", "issueTypes", "subActionParams", Map.of())));

        assertThat(executed.status()).as(executed.raw()).isEqualTo(200);
        assertThat(executed.text("status")).isEqualTo("error");
        assertThat(executed.body().toString()).contains("302");
        VENDOR.verify(1, getRequestedFor(urlEqualTo("/rest/api/2/issue/createmeta/OPS/issuetypes")));
        ELSEWHERE.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPushGetsTheRedirectAs424AndNothingReachesItsTarget() {
        String caseId = OutboxSteps.newCase(api, "Redirected");

        Api.Result pushed = api.post("/api/cases/" + caseId + "/connector/" + connector + "/_push", Map.of());

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("302");
        VENDOR.verify(moreThanOrExactly(1), anyRequestedFor(anyUrl()));
        ELSEWHERE.verify(0, anyRequestedFor(anyUrl()));
        assertThat(api.get("/api/cases/" + caseId).body().path("external_service").isNull()).isTrue();
    }
}
