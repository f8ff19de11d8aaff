package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.adapter.JsonSupport;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertLink;
import io.casebook.domain.AlertRule;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.alert.InvalidAlertException;
import io.casebook.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documented Kibana Webhook connector body, as Kibana renders it, into a normalised alert. */
class ElasticNormaliserTest {

    private static final String RULE = "3f6d0a6e-6b0c-4a7e-9d0b-5e2f2b8c1a47";
    private static final String UUID = "9b1f0c3e-2d4a-4f5b-8c6d-7e8f9a0b1c2d";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\{?)([a-zA-Z.]+)}}}?");

    private final ElasticNormaliser normaliser = new ElasticNormaliser(JsonSupport.newMapper());

    @Test
    void mapsEveryFieldOfAFiringAlert() {
        Alert a = normalise(Fixtures.json("elastic/es-query-firing.json"));

        assertThat(a.source()).isEqualTo("elastic");
        assertThat(a.fingerprint()).isEqualTo(RULE + ":" + UUID);
        assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(a.severity()).isNull();
        assertThat(a.title()).isEqualTo("Checkout errors");
        assertThat(a.description())
                .isEqualTo("Document count is 12 in the last 5m in \"logs-checkout-*\" index. "
                        + "Alert when greater than 10.");
        assertThat(a.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("alert_id", "query matched",
                "space_id", "default"));
        assertThat(a.fields()).containsExactlyInAnyOrderEntriesOf(Map.of("tags", List.of("shop", "checkout"),
                "actionGroup", "query matched", "actionGroupName", "Query matched", "flapping", false,
                "kibanaBaseUrl", "https://kibana.example.com",
                "context", Map.of("reason", a.description())));
        assertThat(a.startsAt()).isEqualTo(Instant.parse("2026-11-29T10:15:02.131Z"));
        assertThat(a.endsAt()).isNull();
        assertThat(a.links()).containsExactly(new AlertLink("https://kibana.example.com/app/management/"
                + "insightsAndAlerting/triggersActions/rule/" + RULE, "rule"));
        assertThat(a.rule()).isEqualTo(new AlertRule(RULE, "Checkout errors"));
        assertThat(a.groupKey()).isNull();
    }

    @Test
    void theRecoveredActionGroupResolvesTheSameAlert() {
        Alert a = normalise(Fixtures.json("elastic/es-query-recovered.json"));

        assertThat(a.fingerprint()).isEqualTo(RULE + ":" + UUID);
        assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(a.endsAt()).isEqualTo(Instant.parse("2026-11-29T10:35:02.488Z"));
        assertThat(a.startsAt()).as("Kibana does not say when a recovered alert started").isNull();
    }

    @Test
    void theTemplateAsKibanaRendersItIsAccepted() {
        Map<String, String> variables = variables();
        variables.put("context.reason", "Value \"p99\" is 2.5s\nfor host \\\\a");
        Alert a = normalise(Fixtures.parse(render(variables)));

        assertThat(a.fingerprint()).isEqualTo("r1:u1");
        assertThat(a.description()).isEqualTo("Value \"p99\" is 2.5s\nfor host \\\\a");
        assertThat(a.fields()).containsEntry("tags", List.of("a \"quoted\" tag", "b")).containsEntry("flapping", true);
    }

    @Test
    void withoutAnAlertUuidTheAlertIdIdentifiesIt() {
        Map<String, String> variables = variables();
        variables.put("alert.uuid", "");
        assertThat(normalise(Fixtures.parse(render(variables))).fingerprint()).isEqualTo("r1:host-1");
    }

    @Test
    void aSummaryActionLeavesNoAlertAndIsRefusedWithTheFix() {
        Map<String, String> variables = variables();
        variables.put("alert.id", "");
        variables.put("alert.uuid", "");
        assertRefused(Fixtures.parse(render(variables)),
                "[alert.uuid]: is empty: run the action \"For each alert\", not as a summary of alerts");
    }

    @Test
    void theReadmeDocumentsExactlyTheAcceptedTemplate() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains(Fixtures.text("elastic/template.json.mustache"));
    }

    @Test
    void readsAStaticSeverity() {
        assertThat(normalise(body(b -> b.put("severity", "high"))).severity()).isEqualTo(Severity.HIGH);
        assertRefused(body(b -> b.put("severity", "urgent")),
                "[severity]: expected one of low, medium, high, critical or \"\" but got \"urgent\"");
    }

    @Test
    void refusesAnythingButTheDocumentedShape() {
        assertRefused(Fixtures.parse("[]"), "[body]: expected the Elastic webhook body (an object) but got an array");
        assertRefused(body(b -> b.put("rule_id", "x")), "[rule_id]: is not a field of the Elastic webhook body "
                + "(allowed: version, rule, alert, context, severity, date, kibanaBaseUrl)");
        assertRefused(body(b -> b.withObjectProperty("alert").put("consecutiveMatches", "3")),
                "[alert.consecutiveMatches]: is not a field of the Elastic webhook body "
                        + "(allowed: id, uuid, actionGroup, actionGroupName, flapping)");
        assertRefused(body(b -> b.remove("version")), "[version]: is required");
        assertRefused(body(b -> b.put("version", "2")), "[version]: expected \"1\" but got \"2\"");
        assertRefused(body(b -> b.remove("rule")), "[rule]: is required");
        assertRefused(body(b -> b.put("alert", "x")), "[alert]: expected an object but got a string");
        assertRefused(body(b -> b.withObjectProperty("rule").put("id", "")),
                "[rule.id]: is required and rendered empty");
        assertRefused(body(b -> b.withObjectProperty("rule").put("name", " ")),
                "[rule.name]: is required and rendered empty");
        assertRefused(body(b -> b.withObjectProperty("alert").put("actionGroup", "")),
                "[alert.actionGroup]: is required and rendered empty");
        assertRefused(body(b -> b.withObjectProperty("rule").put("tags", "shop,checkout")),
                "[rule.tags]: expected an array of strings (render it with {{{rule.tags.asJSON}}}) but got a string");
        assertRefused(body(b -> b.withObjectProperty("rule").putArray("tags").add(1)),
                "[rule.tags]: expected an array of strings (render it with {{{rule.tags.asJSON}}}) but got an array");
        assertRefused(body(b -> b.withObjectProperty("alert").put("flapping", "maybe")),
                "[alert.flapping]: expected \"true\", \"false\" or \"\" but got \"maybe\"");
        assertRefused(body(b -> b.put("date", "now")), "[date]: expected an RFC 3339 date-time but got \"now\"");
        assertRefused(body(b -> b.put("context", "x")), "[context]: expected an object but got a string");
        assertRefused(body(b -> b.withObjectProperty("rule").put("url", 5)),
                "[rule.url]: expected a string but got a number");
    }

    private Alert normalise(JsonNode body) {
        List<Alert> alerts = normaliser.normalise(body);
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }

    private void assertRefused(JsonNode body, String message) {
        assertThatThrownBy(() -> normaliser.normalise(body)).isInstanceOf(InvalidAlertException.class)
                .hasMessage(message);
    }

    private static ObjectNode body(Consumer<ObjectNode> change) {
        ObjectNode body = Fixtures.json("elastic/es-query-firing.json");
        change.accept(body);
        return body;
    }

    private static Map<String, String> variables() {
        Map<String, String> v = new HashMap<>(Map.of("rule.id", "r1", "rule.name", "Latency", "rule.url", "",
                "rule.spaceId", "ops", "alert.id", "host-1", "alert.uuid", "u1", "alert.actionGroup", "threshold met",
                "alert.actionGroupName", "Threshold met", "alert.flapping", "true",
                "date", "2026-11-29T10:00:00.000Z"));
        v.put("kibanaBaseUrl", "");
        v.put("context.reason", "latency above 2s");
        v.put("rule.tags.asJSON", "[\"a \\\"quoted\\\" tag\",\"b\"]");
        return v;
    }

    /**
     * The template rendered as Kibana's Webhook connector does: {@code {{x}}} JSON-string-escaped,
     * {@code {{{x}}}} verbatim, an unknown variable as "".
     */
    private static String render(Map<String, String> variables) {
        ObjectMapper json = new ObjectMapper();
        Matcher m = VARIABLE.matcher(Fixtures.text("elastic/template.json.mustache"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.getOrDefault(m.group(2), "");
            if (m.group(1).isEmpty()) {
                try {
                    String quoted = json.writeValueAsString(value);
                    value = quoted.substring(1, quoted.length() - 1);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
