package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Alertmanager v4 and Grafana webhook payloads, from the captured fixtures, into normalised alerts. */
class AlertmanagerNormaliserTest {

    private final AlertmanagerNormaliser normaliser = new AlertmanagerNormaliser(JsonSupport.newMapper());

    private List<Alert> normalise(JsonNode payload) {
        return normaliser.normalise(payload);
    }

    @Test
    void mapsEveryFieldOfAlertmanagersSample() {
        List<Alert> alerts = normalise(Fixtures.json("alertmanager/alertmanager-v4-firing.json"));

        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.source()).isEqualTo("alertmanager");
        assertThat(a.fingerprint()).isEqualTo("1a30ba71cca2921f");
        assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a.title()).isEqualTo("BlackBox Probe Failure: https://server.example.org");
        assertThat(a.description())
                .isEqualTo("Instance https://server.example.org has been down for over 5m. Job: http_checks");
        assertThat(a.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("alertname", "ProbeFailure",
                "instance", "https://server.example.org", "job", "http_checks", "monitor", "master",
                "severity", "critical"));
        assertThat(a.fields()).containsOnlyKeys("annotations", "receiver", "externalURL", "groupLabels");
        assertThat(a.fields()).containsEntry("receiver", "sms")
                .containsEntry("externalURL", "http://prometheus.example.org:9093")
                .containsEntry("groupLabels", Map.of("alertname", "ProbeFailure"))
                .containsEntry("annotations", Map.of("summary", "BlackBox Probe Failure: https://server.example.org",
                        "description",
                        "Instance https://server.example.org has been down for over 5m. Job: http_checks"));
        assertThat(a.startsAt()).isEqualTo(Instant.parse("2023-02-06T13:08:45.828Z"));
        assertThat(a.endsAt()).as("0001-01-01T00:00:00Z means not ended").isNull();
        assertThat(a.links()).containsExactly(new AlertLink(
                "http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0&g0.tab=1", "generator"));
        assertThat(a.rule()).isEqualTo(new AlertRule("ProbeFailure", "ProbeFailure"));
        assertThat(a.groupKey()).isEqualTo("{}/{severity=\"critical\"}:{alertname=\"ProbeFailure\"}");
    }

    @Test
    void theResolvedNotificationIsTheSameAlertEnded() {
        Alert firing = normalise(Fixtures.json("alertmanager/alertmanager-v4-firing.json")).get(0);
        Alert resolved = normalise(Fixtures.json("alertmanager/alertmanager-v4-resolved.json")).get(0);

        assertThat(resolved.fingerprint()).isEqualTo(firing.fingerprint());
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.endsAt()).isEqualTo(Instant.parse("2023-02-06T13:23:45.828Z"));
        assertThat(resolved.contentDigest()).isNotEqualTo(firing.contentDigest());
    }

    @Test
    void mapsGrafanasSupersetAsSourceGrafana() {
        List<Alert> alerts = normalise(Fixtures.json("alertmanager/grafana-firing.json"));

        assertThat(alerts).extracting(Alert::source).containsOnly("grafana");
        assertThat(alerts).extracting(Alert::fingerprint).containsExactly("c6eadffa33fcdf37", "bc97ff14869b13e3");
        Alert a = alerts.get(0);
        assertThat(a.title()).isEqualTo("This alert was triggered for zone us-1");
        assertThat(a.severity()).as("no severity label").isNull();
        assertThat(a.startsAt()).isEqualTo(Instant.parse("2021-10-12T07:51:03.157076Z"));
        assertThat(a.fields()).containsEntry("orgId", 1L).containsEntry("receiver", "My Super Webhook")
                .containsEntry("externalURL", "https://play.grafana.org/")
                .containsEntry("values", Map.of("B", 44.23943737541908, "C", 1))
                .doesNotContainKey("groupLabels");
        assertThat(a.links()).containsExactly(
                new AlertLink("https://play.grafana.org/alerting/1afz29v7z/edit", "generator"),
                new AlertLink("https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers="
                        + "alertname%3DT2%2Cteam%3Dblue%2Czone%3Dus-1", "silence"),
                new AlertLink("https://myrunbook.com/runbook/1234", "runbook"));
        assertThat(a.rule()).isEqualTo(new AlertRule("High memory usage", "High memory usage"));
        assertThat(a.groupKey()).isEqualTo("{}:{}");
    }

    @Test
    void keepsGrafanasValueStringAndEveryUrl() {
        ObjectNode payload = Fixtures.json("alertmanager/grafana-firing.json");
        ObjectNode alert = (ObjectNode) payload.withArrayProperty("alerts").get(0);
        alert.remove("values");
        alert.put("valueString", "[ metric='' labels={} value=14151.331895396988 ]");
        alert.put("dashboardURL", "https://g/d/1").put("panelURL", "https://g/d/1?viewPanel=2")
                .put("imageURL", "https://g/img.png");

        Alert a = normalise(payload).get(0);

        assertThat(a.fields()).containsEntry("valueString", "[ metric='' labels={} value=14151.331895396988 ]")
                .doesNotContainKey("values");
        assertThat(a.links()).extracting(AlertLink::text)
                .containsExactly("generator", "silence", "dashboard", "panel", "image", "runbook");
    }

    @Test
    void statusIsPerAlertNotTheGroups() {
        ObjectNode payload = Fixtures.json("alertmanager/grafana-firing.json");
        ((ObjectNode) payload.withArrayProperty("alerts").get(1)).put("status", "resolved")
                .put("endsAt", "2021-10-12T10:01:03Z");

        assertThat(normalise(payload)).extracting(Alert::status)
                .containsExactly(AlertStatus.FIRING, AlertStatus.RESOLVED);
    }

    @ParameterizedTest
    @CsvSource({"critical,CRITICAL", "error,HIGH", "high,HIGH", "major,HIGH", "warning,MEDIUM", "warn,MEDIUM",
            "medium,MEDIUM", "info,LOW", "low,LOW", "none,LOW", "minor,LOW", "Critical,CRITICAL", "WARNING,MEDIUM"})
    void mapsTheSeverityLabel(String label, Severity expected) {
        assertThat(normalise(withAlert(a -> a.withObjectProperty("labels").put("severity", label))).get(0).severity())
                .isEqualTo(expected);
    }

    @Test
    void anUnconventionalOrAbsentSeverityLabelGivesNoSeverity() {
        assertThat(normalise(withAlert(a -> a.withObjectProperty("labels").put("severity", "page"))).get(0).severity())
                .isNull();
        assertThat(normalise(withAlert(a -> a.withObjectProperty("labels").remove("severity"))).get(0).severity())
                .isNull();
    }

    @Test
    void withoutFingerprintTheLabelSetIdentifiesTheAlert() {
        Alert a = normalise(withAlert(alert -> alert.remove("fingerprint"))).get(0);
        Alert reordered = normalise(withAlert(alert -> {
            alert.remove("fingerprint");
            ObjectNode labels = alert.putObject("labels");
            List.of("severity", "monitor", "job", "instance", "alertname").forEach(k ->
                    labels.put(k, a.labels().get(k)));
        })).get(0);

        assertThat(a.fingerprint()).isEqualTo(Alert.fingerprintOf(a.labels())).isEqualTo(reordered.fingerprint());
    }

    @Test
    void theTitleFallsBackToTheAlertnameThenTheFingerprint() {
        assertThat(normalise(withAlert(a -> a.withObjectProperty("annotations").remove("summary"))).get(0).title())
                .isEqualTo("ProbeFailure");
        Alert bare = normalise(withAlert(a -> {
            a.withObjectProperty("annotations").remove("summary");
            a.withObjectProperty("labels").remove("alertname");
        })).get(0);
        assertThat(bare.title()).isEqualTo("alertmanager alert 1a30ba71cca2921f");
        assertThat(bare.rule()).isNull();
    }

    @Test
    void refusesEachMalformedPayloadNamingTheField() {
        assertRefused(Fixtures.parse("[]"), "[body]: expected an Alertmanager webhook object but got an array");
        assertRefused(envelope(p -> p.remove("version")), "[version]: is required");
        assertRefused(envelope(p -> p.put("version", "3")), "[version]: expected \"4\" but got \"3\"");
        assertRefused(envelope(p -> p.put("version", 4)), "[version]: expected a string but got a number");
        assertRefused(envelope(p -> p.put("version", "1")), "[version]: expected \"4\" but got \"1\"");
        ObjectNode grafana = Fixtures.json("alertmanager/grafana-firing.json").put("version", "2");
        assertRefused(grafana, "[version]: expected \"1\" or \"4\" but got \"2\"");
        assertRefused(Fixtures.json("alertmanager/grafana-firing.json").put("orgId", "one"),
                "[orgId]: expected a number but got a string");
        assertRefused(envelope(p -> p.remove("alerts")), "[alerts]: is required");
        assertRefused(envelope(p -> p.putObject("alerts")), "[alerts]: expected an array but got an object");
        assertRefused(envelope(p -> p.putArray("alerts")), "[alerts]: holds no alert");
        assertRefused(envelope(p -> p.withArrayProperty("alerts").add("alert")),
                "[alerts[1]]: expected an object but got a string");
        assertRefused(envelope(p -> p.put("groupLabels", "x")), "[groupLabels]: expected an object but got a string");
        assertRefused(envelope(p -> p.put("receiver", 7)), "[receiver]: expected a string but got a number");
    }

    @Test
    void refusesEachMalformedAlertNamingItsIndex() {
        ObjectNode payload = Fixtures.json("alertmanager/alertmanager-v4-firing.json");
        ArrayNode alerts = payload.withArrayProperty("alerts");
        alerts.add(alerts.get(0).deepCopy());
        alerts.add(alerts.get(0).deepCopy());
        ((ObjectNode) alerts.get(2)).put("status", "x");
        assertRefused(payload, "[alerts[2].status]: expected one of firing, resolved but got \"x\"");

        assertRefused(withAlert(a -> a.remove("status")), "[alerts[0].status]: is required");
        assertRefused(withAlert(a -> a.put("status", "acknowledged")),
                "[alerts[0].status]: expected one of firing, resolved but got \"acknowledged\"");
        assertRefused(withAlert(a -> a.withObjectProperty("labels").putObject("severity")),
                "[alerts[0].labels.severity]: expected a string but got an object");
        assertRefused(withAlert(a -> a.put("annotations", "x")),
                "[alerts[0].annotations]: expected an object but got a string");
        assertRefused(withAlert(a -> a.put("startsAt", "yesterday")),
                "[alerts[0].startsAt]: expected an RFC 3339 date-time but got \"yesterday\"");
        assertRefused(withAlert(a -> a.put("endsAt", "soon")),
                "[alerts[0].endsAt]: expected an RFC 3339 date-time but got \"soon\"");
        assertRefused(withAlert(a -> a.put("fingerprint", 12)),
                "[alerts[0].fingerprint]: expected a string but got a number");
        assertRefused(withAlert(a -> a.put("generatorURL", true)),
                "[alerts[0].generatorURL]: expected a string but got a boolean");
        assertRefused(withAlert(a -> a.put("values", 3)), "[alerts[0].values]: expected an object but got a number");
        assertRefused(withAlert(a -> a.put("fingerprint", "f".repeat(256))),
                "[fingerprint]: must be at most 255 characters");
    }

    private void assertRefused(JsonNode payload, String message) {
        assertThatThrownBy(() -> normalise(payload)).isInstanceOf(InvalidAlertException.class).hasMessage(message);
    }

    private static ObjectNode envelope(Consumer<ObjectNode> change) {
        ObjectNode payload = Fixtures.json("alertmanager/alertmanager-v4-firing.json");
        change.accept(payload);
        return payload;
    }

    private static ObjectNode withAlert(Consumer<ObjectNode> change) {
        return envelope(p -> change.accept((ObjectNode) p.withArrayProperty("alerts").get(0)));
    }
}
