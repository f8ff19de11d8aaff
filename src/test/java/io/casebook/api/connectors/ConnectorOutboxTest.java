package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.casebook.support.Api;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.support.VendorFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every connector type must do through the push outbox, against a fake of its vendor that fails the way
 * real ones do: 503 then fine, 429 with Retry-After, a create that times out after the vendor made the record
 * (found again by case id and brought up to date, never duplicated), a refusal, 401, an outage outlasting the
 * retries; and Kibana's {@code _connectors} view of it. Every test runs once per type, against its vendor's fake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectorOutboxTest {

    static final int MAX_ATTEMPTS = 4;

    private final InspectableDatabase db = InspectableDatabase.fresh();
    private VendorFakes fakes;
    private TestEngine engine;
    private Api api;

    @BeforeAll
    void start() {
        fakes = VendorFakes.start(true);
        engine = TestEngine.start(OutboxSteps.fastOutbox(db.settings(), MAX_ATTEMPTS));
        api = engine.api();
    }

    @AfterAll
    void stop() {
        engine.close();
        fakes.close();
    }

    /** Each connector type's vendor, named after the type for the report. */
    Stream<Arguments> vendors() {
        return fakes.arguments();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the fakes serve every test
    @MethodSource("vendors")
    void a503IsAnswered424ThenTheOutboxLooksUpAgainAndCreatesOnce(VendorFake vendor) {
        vendor.reset();
        vendor.server().stubFor(vendor.createCall().inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("up").willReturn(vendor.error(503, "Down for maintenance")));
        vendor.server().stubFor(vendor.createCall().inScenario("outage").whenScenarioStateIs("up")
                .willReturn(vendor.created()));
        String connector = connector(vendor);
        String id = OutboxSteps.newCase(api, "Flaky");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("503").contains("Down for maintenance").contains("tries again");
        JsonNode delivered = OutboxSteps.awaitPushed(api, id);
        assertThat(delivered.at("/external_service/external_id").asText()).isEqualTo(vendor.recordId());
        assertThat(delivered.at("/external_service/external_title").asText()).isEqualTo(vendor.recordTitle());
        assertThat(vendor.creates()).isEqualTo(2);
        vendor.server().verify(2, vendor.lookups(id));
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
        assertThat(OutboxSteps.status(api, id, connector).at("/push/outbox")).isEmpty();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the fakes serve every test
    @MethodSource("vendors")
    void a429IsRetriedNoSoonerThanItsRetryAfter(VendorFake vendor) {
        vendor.reset();
        vendor.server().stubFor(vendor.createCall().inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("free").willReturn(vendor.error(429, "Rate limit exceeded")
                        .withHeader("Retry-After", "2")));
        vendor.server().stubFor(vendor.createCall().inScenario("busy").whenScenarioStateIs("free")
                .willReturn(vendor.created()));
        String connector = connector(vendor);
        String id = OutboxSteps.newCase(api, "Busy");

        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(424);

        JsonNode waiting = OutboxSteps.status(api, id, connector).at("/push/outbox/0");
        assertThat(waiting.get("state").asText()).isEqualTo("pending");
        assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
        assertThat(waiting.get("lastError").asText()).contains("429").contains("Rate limit exceeded");
        assertThat(Duration.between(Instant.parse(waiting.get("lastAttemptAt").asText()),
                Instant.parse(waiting.get("nextAttemptAt").asText()))).isEqualTo(Duration.ofSeconds(2));
        OutboxSteps.awaitPushed(api, id);
        List<Instant> creates = vendor.server().findAll(vendor.createsMade())
                .stream().map(r -> r.getLoggedDate().toInstant()).toList();
        assertThat(creates).hasSize(2);
        assertThat(Duration.between(creates.get(0), creates.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the fakes serve every test
    @MethodSource("vendors")
    void aCreateThatTimesOutAfterTheVendorMadeTheRecordIsFoundAndUpdatedNotDuplicated(VendorFake vendor) {
        vendor.reset();
        // The vendor makes the record (its scenario moves on when the request arrives) but answers after our timeout.
        vendor.server().stubFor(vendor.createCall().inScenario(vendor.lifeScenario())
                .willSetStateTo(VendorFake.CREATED).willReturn(vendor.created().withFixedDelay(2_500)));
        String connector = connector(vendor);
        String id = OutboxSteps.newCase(api, "Slow vendor");

        CompletableFuture<Api.Result> pushing =
                CompletableFuture.supplyAsync(() -> OutboxSteps.push(api, id, connector));
        await().atMost(Duration.ofSeconds(5)).until(vendor::lifeState, VendorFake.CREATED::equals);
        OutboxSteps.retitle(api, id, "Slow vendor, retitled"); // while the vendor still works on the create
        Api.Result pushed = pushing.join();

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Cannot reach");
        JsonNode delivered = OutboxSteps.awaitPushed(api, id);
        assertThat(delivered.at("/external_service/external_id").asText()).isEqualTo(vendor.recordId());
        assertThat(vendor.creates()).isEqualTo(1);
        vendor.server().verify(2, vendor.lookups(id));
        // The found record is brought up to the case as it is now, not left as the lost create wrote it.
        List<LoggedRequest> updates = vendor.server().findAll(vendor.updates());
        assertThat(updates).isNotEmpty();
        assertThat(vendor.titleSent(updates.get(updates.size() - 1))).isEqualTo("Slow vendor, retitled");
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the fakes serve every test
    @MethodSource("vendors")
    void aRefusalIsFinalWithTheVendorsMessageAndStaysVisibleUntilAPushSucceeds(VendorFake vendor) {
        vendor.reset();
        vendor.server().stubFor(vendor.createCall().willReturn(vendor.error(400, "Field title is invalid")));
        String connector = connector(vendor);
        String id = OutboxSteps.newCase(api, "Refused");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("Field title is invalid").doesNotContain("tries again");
        JsonNode status = OutboxSteps.status(api, id, connector);
        assertThat(status.at("/push/hasBeenPushed").asBoolean()).isFalse();
        assertThat(status.at("/push/needsToBePushed").asBoolean()).isTrue();
        JsonNode failed = status.at("/push/outbox/0");
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("Field title is invalid");
        assertThat(vendor.creates()).isEqualTo(1);

        vendor.reset();
        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(200);
        assertThat(OutboxSteps.status(api, id, connector).at("/push/outbox")).isEmpty();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the fakes serve every test
    @MethodSource("vendors")
    void unauthorisedIsFinalAndCreatesNothing(VendorFake vendor) {
        vendor.reset();
        vendor.server().stubFor(vendor.lookupCall().willReturn(vendor.error(401, "Bad credentials")));
        String connector = connector(vendor);
        String id = OutboxSteps.newCase(api, "No auth");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("401").doesNotContain("tries again");
        JsonNode failed = OutboxSteps.status(api, id, connector).at("/push/outbox/0");
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        vendor.server().verify(1, vendor.lookups(id)); // credentials the vendor refused are not tried again
        assertThat(vendor.creates()).isZero();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the fakes serve every test
    @MethodSource("vendors")
    void anOutageOutlastingTheRetriesEndsAsAFailureAfterTheLastAttempt(VendorFake vendor) {
        vendor.reset();
        vendor.server().stubFor(vendor.createCall().willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
        String connector = connector(vendor);
        String id = OutboxSteps.newCase(api, "Outage");

        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(424);

        JsonNode failed = OutboxSteps.awaitFailed(api, id, connector);
        assertThat(failed.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).contains("502").contains("Bad Gateway");
        assertThat(vendor.creates()).isEqualTo(MAX_ATTEMPTS);
        vendor.server().verify(MAX_ATTEMPTS, vendor.lookups(id));
        assertThat(api.get("/api/cases/" + id).body().get("external_service").isNull()).isTrue();
        assertThat(OutboxSteps.pushedActions(api, id)).isEmpty();
    }

    private String connector(VendorFake vendor) {
        return OutboxSteps.connector(api, vendor.connectorBody("Vendor"));
    }
}
