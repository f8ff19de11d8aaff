package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.casebook.support.Api;
import io.casebook.support.FakeTheHive;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.casebook.support.FakeTheHive.CASES;
import static io.casebook.support.FakeTheHive.CASE_ID;
import static io.casebook.support.FakeTheHive.CASE_PATH;
import static io.casebook.support.FakeTheHive.CREATED;
import static io.casebook.support.FakeTheHive.LIFE;
import static io.casebook.support.FakeTheHive.QUERY;
import static io.casebook.support.FakeTheHive.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The push outbox against a TheHive 5 that fails the way real deployments do: the reverse proxy in front of it
 * answering 503 while it restarts, a rate-limiting gateway's 429 with Retry-After, a create that times out after
 * TheHive made the case, refusals, an outage that outlasts the retries; and Kibana's {@code _connectors} view of
 * it all. Real engine, real HTTP, WireMock as TheHive.
 */
class TheHiveReliabilityTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final int MAX_ATTEMPTS = 4;
    private static FakeTheHive hive;
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        hive = FakeTheHive.start();
        engine = TestEngine.start(OutboxSteps.fastOutbox(DB.settings(), MAX_ATTEMPTS));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        hive.close();
    }

    @BeforeEach
    void freshTheHive() {
        hive.reset();
    }

    @Test
    void a503IsAnswered424ThenTheOutboxQueriesAgainAndCreatesOnce() {
        hive.server().stubFor(post(CASES).inScenario("restart").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("up").willReturn(proxyPage(503, "Service Temporarily Unavailable")));
        hive.server().stubFor(post(CASES).inScenario("restart").whenScenarioStateIs("up").willReturn(hive.created()));
        String connector = connector();
        String id = newCase("Flaky");

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("503").contains("Service Temporarily Unavailable")
                .contains("tries again");
        JsonNode delivered = awaitPushed(id);
        assertThat(delivered.at("/external_service/external_id").asText()).isEqualTo(CASE_ID);
        assertThat(delivered.at("/external_service/external_title").asText()).isEqualTo("#7");
        assertThat(hive.creates()).isEqualTo(2);
        hive.server().verify(2, lookup(id));
        assertThat(pushedActions(id)).hasSize(1);
        assertThat(status(id, connector).at("/push/outbox")).isEmpty();
    }

    @Test
    void a429IsRetriedNoSoonerThanItsRetryAfter() {
        hive.server().stubFor(post(CASES).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("free").willReturn(proxyPage(429, "Too Many Requests").withHeader("Retry-After", "2")));
        hive.server().stubFor(post(CASES).inScenario("busy").whenScenarioStateIs("free").willReturn(hive.created()));
        String connector = connector();
        String id = newCase("Busy");

        assertThat(push(id, connector).status()).isEqualTo(424);

        JsonNode waiting = status(id, connector).at("/push/outbox/0");
        assertThat(waiting.get("state").asText()).isEqualTo("pending");
        assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
        assertThat(waiting.get("lastError").asText()).contains("429").contains("Too Many Requests");
        assertThat(Duration.between(Instant.parse(waiting.get("lastAttemptAt").asText()),
                Instant.parse(waiting.get("nextAttemptAt").asText()))).isEqualTo(Duration.ofSeconds(2));
        awaitPushed(id);
        List<LoggedRequest> creates = hive.server().findAll(postRequestedFor(urlEqualTo(CASES)));
        assertThat(creates).hasSize(2);
        assertThat(Duration.between(creates.get(0).getLoggedDate().toInstant(),
                creates.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(pushedActions(id)).hasSize(1);
    }

    @Test
    void aCreateThatTimesOutAfterTheHiveMadeTheCaseIsFoundAndUpdatedNotDuplicated() {
        // TheHive makes the case (the scenario moves on when the request arrives) but answers after our timeout.
        hive.server().stubFor(post(CASES).inScenario(LIFE).willSetStateTo(CREATED)
                .willReturn(hive.created().withFixedDelay(2_500)));
        String connector = connector();
        String id = newCase("Slow TheHive");

        CompletableFuture<Api.Result> pushing = CompletableFuture.supplyAsync(() -> push(id, connector));
        await().atMost(Duration.ofSeconds(5)).until(hive::lifeState, CREATED::equals);
        OutboxSteps.retitle(api, id, "Slow TheHive, retitled"); // while TheHive still works on the create
        Api.Result pushed = pushing.join();

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Cannot reach");
        JsonNode delivered = awaitPushed(id);
        assertThat(delivered.at("/external_service/external_id").asText()).isEqualTo(CASE_ID);
        assertThat(delivered.at("/external_service/external_title").asText()).isEqualTo("#7");
        assertThat(hive.creates()).isEqualTo(1);
        hive.server().verify(2, lookup(id));
        JsonNode created = Api.json(hive.server().findAll(postRequestedFor(urlEqualTo(CASES))).get(0)
                .getBodyAsString());
        assertThat(created.get("title").asText()).isEqualTo("Slow TheHive");
        // The found case is brought up to the case as it is now, not left as the lost create wrote it.
        List<LoggedRequest> updates = hive.server().findAll(patchRequestedFor(urlPathMatching(CASE_PATH)));
        assertThat(updates).hasSize(1);
        JsonNode update = Api.json(updates.get(0).getBodyAsString());
        assertThat(update.get("title").asText()).isEqualTo("Slow TheHive, retitled");
        assertThat(update.get("tags").toString()).contains("casebook:" + id);
        assertThat(pushedActions(id)).hasSize(1);
    }

    @Test
    void aRefusalIsFinalWithTheHivesMessageAndStaysVisibleUntilAPushSucceeds() {
        hive.server().stubFor(post(CASES).willReturn(error(400, "BadRequest", "Invalid value for tlp: 9")));
        String connector = connector();
        String id = newCase("Refused");

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("BadRequest: Invalid value for tlp: 9").contains("400")
                .doesNotContain("tries again");
        JsonNode status = status(id, connector);
        assertThat(status.at("/push/hasBeenPushed").asBoolean()).isFalse();
        assertThat(status.at("/push/needsToBePushed").asBoolean()).isTrue();
        JsonNode failed = status.at("/push/outbox/0");
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("BadRequest: Invalid value for tlp: 9");
        assertThat(hive.creates()).isEqualTo(1);

        hive.reset();
        assertThat(push(id, connector).status()).isEqualTo(200);
        assertThat(status(id, connector).at("/push/outbox")).isEmpty();
    }

    @Test
    void unauthorisedIsFinalAndCreatesNothing() {
        hive.server().stubFor(post(urlPathEqualTo(QUERY)).willReturn(error(401, "AuthenticationError",
                "Authentication failure")));
        String connector = connector();
        String id = newCase("No auth");

        Api.Result pushed = push(id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("AuthenticationError: Authentication failure").contains("401");
        JsonNode failed = status(id, connector).at("/push/outbox/0");
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("Authentication failure").contains("401");
        hive.server().verify(1, postRequestedFor(urlPathEqualTo(QUERY)));
        assertThat(hive.creates()).isZero();
    }

    @Test
    void anOutageOutlastingTheRetriesEndsAsAFailureAfterTheLastAttempt() {
        hive.server().stubFor(post(CASES).willReturn(proxyPage(502, "Bad Gateway")));
        String connector = connector();
        String id = newCase("Outage");

        assertThat(push(id, connector).status()).isEqualTo(424);

        JsonNode failed = OutboxSteps.awaitFailed(api, id, connector);
        assertThat(failed.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("502").contains("Bad Gateway");
        assertThat(hive.creates()).isEqualTo(MAX_ATTEMPTS);
        hive.server().verify(MAX_ATTEMPTS, lookup(id));
        assertThat(api.get("/api/cases/" + id).body().get("external_service").isNull()).isTrue();
        assertThat(pushedActions(id)).isEmpty();
    }

    /**
     * What a reverse proxy in front of TheHive (nginx here) answers
     * when TheHive cannot: its own HTML page with the status line, not TheHive's JSON.
     */
    private static ResponseDefinitionBuilder proxyPage(int status, String reason) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n"
                        + "<center><h1>" + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n"
                        + "</body>\r\n</html>\r\n");
    }

    /** The query for the case tagged with the case id, which a create is preceded by. */
    private static RequestPatternBuilder lookup(String caseId) {
        return postRequestedFor(urlPathEqualTo(QUERY))
                .withRequestBody(matchingJsonPath("$.query[1]._eq._value", equalTo("casebook:" + caseId)));
    }

    private static String connector() {
        return OutboxSteps.connector(api, hive.connectorBody("TheHive"));
    }

    private static String newCase(String title) {
        return OutboxSteps.newCase(api, title);
    }

    private static Api.Result push(String caseId, String connectorId) {
        return OutboxSteps.push(api, caseId, connectorId);
    }

    private static JsonNode awaitPushed(String id) {
        return OutboxSteps.awaitPushed(api, id);
    }

    private static JsonNode status(String caseId, String connectorId) {
        return OutboxSteps.status(api, caseId, connectorId);
    }

    private static List<JsonNode> pushedActions(String id) {
        return OutboxSteps.pushedActions(api, id);
    }
}
