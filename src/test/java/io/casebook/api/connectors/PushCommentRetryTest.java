package io.casebook.api.connectors;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.casebook.support.Api;
import io.casebook.support.FakeJira;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.support.VendorFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.casebook.support.AttachmentFixtures.alerts;
import static io.casebook.support.AttachmentFixtures.userComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A push that fails part-way, after the vendor accepted some of its comments, is retried without sending those
 * comments again: each comment is marked delivered to the connector as soon as its call succeeded, and the retry
 * sends only the rest. Every test runs once per connector type, against its vendor's fake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushCommentRetryTest {

    private final InspectableDatabase db = InspectableDatabase.fresh();
    private VendorFakes fakes;
    private TestEngine engine;
    private Api api;

    @BeforeAll
    void start() {
        fakes = VendorFakes.start(false);
        engine = TestEngine.start(OutboxSteps.fastOutbox(db.settings(), ConnectorOutboxTest.MAX_ATTEMPTS));
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
    void a503OnTheSecondCommentIsRetriedWithoutSendingTheFirstAgain(VendorFake vendor) {
        vendor.reset();
        // The first comment call is accepted, the second meets an outage, and the vendor is back for the retry.
        vendor.server().stubFor(vendor.commentCall().inScenario("comments").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("first accepted").willReturn(vendor.commented()));
        vendor.server().stubFor(vendor.commentCall().inScenario("comments").whenScenarioStateIs("first accepted")
                .willSetStateTo("back").willReturn(vendor.error(503, "Service Unavailable")));
        vendor.server().stubFor(vendor.commentCall().inScenario("comments").whenScenarioStateIs("back")
                .willReturn(vendor.commented()));
        String connector = OutboxSteps.connector(api, vendor.connectorBody("Vendor"));
        String id = OutboxSteps.newCase(api, "Two findings");
        comment(id, "First finding");
        comment(id, "Second finding");

        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(424);
        assertThat(pushed.text("message")).contains("503").contains("tries again");
        OutboxSteps.awaitPushed(api, id);
        // The second comment's call was made twice: refused with 503, then accepted; the first only once.
        assertThat(commentsSent(vendor)).containsExactly("First finding", "Second finding", "Second finding");
        assertThat(vendor.creates()).isEqualTo(1);
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
        assertThat(OutboxSteps.status(api, id, connector).at("/push/outbox")).isEmpty();

        // Once recorded, the next push starts from the pushed action: a new comment goes, nothing else again.
        vendor.server().resetRequests();
        comment(id, "Third finding");
        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(200);
        assertThat(commentsSent(vendor)).containsExactly("Third finding");
    }

    @Test
    void theAlertsSummaryOnceAcceptedIsNotSentAgainByTheRetry() {
        FakeJira jira = fakes.jira();
        jira.reset();
        // Every comment is accepted; the read-back after them meets an outage once.
        jira.server().stubFor(get(FakeJira.ISSUE + "/10000").inScenario("read back")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("back")
                .willReturn(jira.error(503, "Service Unavailable")));
        jira.server().stubFor(get(FakeJira.ISSUE + "/10000").inScenario("read back").whenScenarioStateIs("back")
                .willReturn(okJson("{\"id\":\"10000\",\"key\":\"OPS-1\",\"fields\":{}}")));
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = OutboxSteps.newCase(api, "Alerts and a comment");
        comment(id, "Looking at it");
        assertThat(api.post("/api/cases/" + id + "/comments", alerts(List.of("a-1", "a-2"), List.of("idx", "idx")))
                .status()).isEqualTo(200);

        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(424);

        OutboxSteps.awaitPushed(api, id);
        assertThat(jira.server().findAll(jira.commentsMade()).stream().map(jira::commentSent).toList())
                .containsExactly("Looking at it\n\nAdded by elastic.", "Elastic Alerts attached to the case: 2");
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(1);
    }

    private void comment(String caseId, String text) {
        Api.Result added = api.post("/api/cases/" + caseId + "/comments", userComment(text));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
    }

    /** The comment texts the vendor was sent, in order, without Kibana's "Added by" line. */
    private static List<String> commentsSent(VendorFake vendor) {
        return vendor.server().findAll(vendor.commentsMade()).stream().map(vendor::commentSent)
                .map(text -> {
                    assertThat(text).endsWith("\n\nAdded by elastic.");
                    return text.substring(0, text.indexOf("\n\nAdded by"));
                }).toList();
    }
}
