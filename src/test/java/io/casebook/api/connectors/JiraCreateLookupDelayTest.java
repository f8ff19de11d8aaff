package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.FakeJira;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.support.VendorFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Jira Cloud's search is eventually consistent: an issue made by a create whose answer was lost may not show up in
 * a JQL search by its label for seconds. The retry of such a push waits {@code casebook.connectors
 * .push.create-lookup-delay-ms} before its look-up, so it finds the issue instead of creating a second one.
 */
class JiraCreateLookupDelayTest {

    private static final Duration LOOKUP_DELAY = Duration.ofMillis(2_500);
    /** How long after the create arrives the fake's search index shows the issue. */
    private static final long INDEXED_AFTER_MS = 2_000;
    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final ScheduledExecutorService INDEXER = Executors.newSingleThreadScheduledExecutor();
    private static FakeJira jira;
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        jira = FakeJira.start();
        // Backoff 100..400 ms and a 1 s response timeout: without the delay the retry would look up at once.
        Map<String, String> settings = OutboxSteps.fastOutbox(DB.settings(), 4);
        settings.put("casebook.connectors.push.create-lookup-delay-ms", String.valueOf(LOOKUP_DELAY.toMillis()));
        engine = TestEngine.start(settings);
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
        jira.close();
        INDEXER.shutdownNow();
    }

    @Test
    void theRetryOfACreateThatTimedOutWaitsForTheSearchToSeeTheIssueAndCreatesNoSecond() {
        // Jira makes the issue but answers after our timeout; its search finds it only once indexed.
        jira.server().stubFor(post(urlEqualTo(FakeJira.ISSUE)).inScenario(FakeJira.LIFE)
                .willSetStateTo(VendorFake.CREATED).willReturn(jira.created().withFixedDelay(2_500)));
        jira.server().stubFor(get(urlPathEqualTo(FakeJira.SEARCH)).inScenario(FakeJira.LIFE)
                .whenScenarioStateIs(VendorFake.CREATED).willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
        jira.server().stubFor(get(urlPathEqualTo(FakeJira.SEARCH)).inScenario(FakeJira.LIFE)
                .whenScenarioStateIs("indexed").willReturn(okJson("{\"issues\":[{\"id\":\"10000\"}],\"isLast\":true}")));
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = OutboxSteps.newCase(api, "Slow Jira");

        CompletableFuture<Api.Result> pushing = CompletableFuture.supplyAsync(() -> OutboxSteps.push(api, id, connector));
        await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(5))
                .until(jira::lifeState, VendorFake.CREATED::equals);
        INDEXER.schedule(() -> jira.server().setScenarioState(FakeJira.LIFE, "indexed"), INDEXED_AFTER_MS,
                TimeUnit.MILLISECONDS);
        Api.Result pushed = pushing.join();

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Cannot reach").contains("tries again");
        JsonNode waiting = OutboxSteps.status(api, id, connector).at("/push/outbox/0");
        assertThat(Duration.between(Instant.parse(waiting.get("lastAttemptAt").asText()),
                Instant.parse(waiting.get("nextAttemptAt").asText()))).isEqualTo(LOOKUP_DELAY);
        JsonNode delivered = OutboxSteps.awaitPushed(api, id);
        assertThat(delivered.at("/external_service/external_id").asText()).isEqualTo("10000");
        assertThat(jira.creates()).as("no second issue").isEqualTo(1);
        jira.server().verify(2, jira.lookups(id));
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
    }
}
