package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.adapter.JsonSupport;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertFollowUp;
import io.casebook.domain.alert.AlertLink;
import io.casebook.domain.AlertRule;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PagerDuty Events API v2 events, from PagerDuty's documented examples, into alerts and follow-ups. */
class PagerDutyNormaliserTest {

    private static final String KEY = "R0123456789abcdef0123456789abcde";

    private final PagerDutyNormaliser normaliser = new PagerDutyNormaliser(JsonSupport.newMapper());

    @Test
    void mapsEveryFieldOfTheDocumentedTrigger() {
        NormalisedPayload read = normaliser.read(Fixtures.json("pagerduty/trigger.json"));

        assertThat(read.followUps()).isEmpty();
        assertThat(read.alerts()).hasSize(1);
        Alert a = read.alerts().get(0);
        assertThat(a.source()).isEqualTo(PagerDutyNormaliser.source(KEY)).matches("pagerduty:[0-9a-f]{16}")
                .doesNotContain(KEY);
        assertThat(a.fingerprint()).isEqualTo("samplekeyhere");
        assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(a.severity()).isEqualTo(Severity.LOW);
        assertThat(a.title()).isEqualTo("Example alert on host1.example.com");
        assertThat(a.description()).isNull();
        assertThat(a.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("source",
                "monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003",
                "component", "postgres", "group", "prod-datapipe", "class", "deploy"));
        assertThat(a.fields()).containsExactlyInAnyOrderEntriesOf(Map.of("ping time", "1500ms", "load avg", 0.75));
        assertThat(a.startsAt()).isEqualTo(Instant.parse("2015-07-17T08:42:58.315Z"));
        assertThat(a.endsAt()).isNull();
        assertThat(a.links()).containsExactly(new AlertLink("https://example.com/", "Link text"),
                new AlertLink("https://www.pagerduty.com/wp-content/uploads/2016/05/pagerduty-logo-green.png",
                        "Example text"),
                new AlertLink("https://monitoring.example.com", "Sample Monitoring Service"));
        assertThat(a.rule()).isEqualTo(new AlertRule("deploy", "deploy"));
        assertThat(a.groupKey()).isNull();
    }

    @Test
    void acknowledgeAndResolveAreFollowUpsThroughTheSameRoutingKey() {
        NormalisedPayload ack = normaliser.read(Fixtures.json("pagerduty/acknowledge.json"));
        NormalisedPayload resolve = normaliser.read(Fixtures.json("pagerduty/resolve.json"));

        assertThat(ack.alerts()).isEmpty();
        assertThat(ack.followUps()).containsExactly(
                new AlertFollowUp(PagerDutyNormaliser.source(KEY), "dedupkeyhere", AlertStatus.ACKNOWLEDGED));
        assertThat(resolve.followUps()).containsExactly(
                new AlertFollowUp(PagerDutyNormaliser.source(KEY), "dedupkeyhere", AlertStatus.RESOLVED));
        assertThat(normaliser.normalise(Fixtures.json("pagerduty/resolve.json"))).as("no alert of its own").isEmpty();
    }

    @Test
    void anotherRoutingKeyIsAnotherSource() {
        assertThat(PagerDutyNormaliser.source("a".repeat(32))).isNotEqualTo(PagerDutyNormaliser.source(KEY))
                .isEqualTo(PagerDutyNormaliser.source("a".repeat(32)));
    }

    @Test
    void aTriggerWithoutDedupKeyGetsANewUuidEachTime() {
        String first = trigger(e -> e.remove("dedup_key")).fingerprint();
        String second = trigger(e -> e.remove("dedup_key")).fingerprint();

        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
        assertThat(trigger(e -> e.put("dedup_key", "")).fingerprint()).matches("[0-9a-f-]{36}");
    }

    @ParameterizedTest
    @CsvSource({"critical,CRITICAL", "error,HIGH", "warning,MEDIUM", "info,LOW"})
    void mapsTheSeverity(String severity, Severity expected) {
        assertThat(trigger(e -> e.withObjectProperty("payload").put("severity", severity)).severity())
                .isEqualTo(expected);
    }

    @Test
    void keepsCustomDetailsThatAreNotAnObjectWhole() {
        assertThat(trigger(e -> e.withObjectProperty("payload").put("custom_details", "disk full")).fields())
                .containsExactly(Map.entry("custom_details", "disk full"));
        assertThat(trigger(e -> e.withObjectProperty("payload").remove("custom_details")).fields()).isEmpty();
    }

    @Test
    void acceptsEveryLimitAtItsEdge() {
        assertThat(trigger(e -> e.put("dedup_key", "d".repeat(255))).fingerprint()).hasSize(255);
        assertThat(trigger(e -> e.withObjectProperty("payload").put("summary", "s".repeat(1024))).title())
                .hasSize(1024);
        assertThat(trigger(e -> e.withObjectProperty("payload").put("timestamp", "2015-07-17T08:42:58Z")).startsAt())
                .isEqualTo(Instant.parse("2015-07-17T08:42:58Z"));
    }

    @Test
    void refusesWithPagerDutysWordingAndEveryReasonAtOnce() {
        assertErrors(Fixtures.parse("{}"), "'routing_key' is missing or blank", "'event_action' is missing or blank");
        assertErrors(Fixtures.parse("[1]"), "Event object must be a JSON object");
        assertErrors(event(e -> e.put("routing_key", "samplekeyhere")),
                "Length of 'routing_key' is incorrect (should be 32 characters)");
        assertErrors(event(e -> e.put("routing_key", KEY.substring(1))),
                "Length of 'routing_key' is incorrect (should be 32 characters)");
        assertErrors(event(e -> e.put("routing_key", KEY + "f")),
                "Length of 'routing_key' is incorrect (should be 32 characters)");
        assertErrors(event(e -> e.put("routing_key", 42)), "'routing_key' must be a string");
        assertErrors(event(e -> e.put("event_action", "page")),
                "'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or 'resolve')");
        assertErrors(event(e -> e.put("dedup_key", "d".repeat(256))),
                "'dedup_key' is too long (maximum is 255 characters)");
        assertErrors(event(e -> e.remove("payload")), "'payload.summary' is missing or blank",
                "'payload.source' is missing or blank", "'payload.severity' is missing or blank");
        assertErrors(event(e -> e.put("payload", "x")), "'payload' must be an object",
                "'payload.summary' is missing or blank", "'payload.source' is missing or blank",
                "'payload.severity' is missing or blank");
        assertErrors(event(e -> e.withObjectProperty("payload").put("summary", "s".repeat(1025))),
                "'payload.summary' is too long (maximum is 1024 characters)");
        assertErrors(event(e -> e.withObjectProperty("payload").put("summary", 3)),
                "'payload.summary' must be a string");
        assertErrors(event(e -> e.withObjectProperty("payload").put("severity", "fatal")),
                "'payload.severity' is invalid (must be one of the following: 'critical', 'warning', 'error' or "
                        + "'info')");
        assertErrors(event(e -> e.withObjectProperty("payload").put("timestamp", "yesterday")),
                "'payload.timestamp' is invalid (must be an ISO 8601 date-time)");
        assertErrors(event(e -> e.withObjectProperty("payload").put("component", 1)),
                "'payload.component' must be a string");
        assertErrors(event(e -> e.put("links", "x")), "'links' must be an array");
        assertErrors(event(e -> e.withArrayProperty("links").addObject().put("text", "no href")),
                "'links[1].href' is missing or blank");
        assertErrors(event(e -> e.withArrayProperty("images").add("x")), "'images[1]' must be an object");
        assertErrors(event(e -> ((ObjectNode) e.withArrayProperty("images").get(0)).remove("src")),
                "'images[0].src' is missing or blank");
        assertErrors(event(e -> e.put("client_url", false)), "'client_url' must be a string");
    }

    @Test
    void followUpsNeedTheirDedupKey() {
        ObjectNode ack = Fixtures.json("pagerduty/acknowledge.json");
        ack.remove("dedup_key");
        assertErrors(ack, "'dedup_key' is missing or blank");
        ObjectNode resolve = Fixtures.json("pagerduty/resolve.json").put("dedup_key", " ");
        assertErrors(resolve, "'dedup_key' is missing or blank");
    }

    @Test
    void theRefusalReadsAsAnInvalidAlertOnOtherTransports() {
        assertThatThrownBy(() -> normaliser.read(Fixtures.parse("{}")))
                .hasMessage("[event]: 'routing_key' is missing or blank; 'event_action' is missing or blank");
    }

    private Alert trigger(Consumer<ObjectNode> change) {
        return normaliser.read(event(change)).alerts().get(0);
    }

    private static ObjectNode event(Consumer<ObjectNode> change) {
        ObjectNode event = Fixtures.json("pagerduty/trigger.json");
        change.accept(event);
        return event;
    }

    private void assertErrors(JsonNode event, String... errors) {
        assertThatThrownBy(() -> normaliser.read(event)).isInstanceOfSatisfying(InvalidPagerDutyEventException.class,
                e -> assertThat(e.errors()).containsExactly(errors));
    }
}
