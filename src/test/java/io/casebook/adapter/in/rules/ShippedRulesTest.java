package io.casebook.adapter.in.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.adapter.JsonSupport;
import io.casebook.adapter.in.ingest.AlertmanagerNormaliser;
import io.casebook.adapter.in.ingest.ElasticNormaliser;
import io.casebook.adapter.in.ingest.NativeAlertNormaliser;
import io.casebook.adapter.in.ingest.PagerDutyNormaliser;
import io.casebook.adapter.out.template.MustacheTemplateRenderer;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.RuleSet;
import io.casebook.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped config/rules.yaml against the captured payloads of every sender, through the real normalisers:
 * each alert goes to the rule meant for it, in the group meant for it, with readable case text.
 */
class ShippedRulesTest {

    private static final ObjectMapper MAPPER = JsonSupport.newMapper();
    private final MustacheTemplateRenderer renderer = new MustacheTemplateRenderer();
    private final RuleSet rules = new RulesFileLoader(renderer).read(Path.of("config", "rules.yaml")).orElseThrow();

    /** The one rule that takes the alert (none of the shipped rules continues). */
    private Rule ruleFor(Alert alert) {
        List<Rule> taken = rules.rulesFor(alert);
        assertThat(taken).as("rules taking %s", alert.title()).hasSize(1);
        return taken.get(0);
    }

    private String title(Rule rule, Alert alert) {
        return renderer.render(rule.template().title(), alert);
    }

    private List<String> tags(Rule rule, Alert alert) {
        return rule.template().tags().stream().map(t -> renderer.render(t, alert)).toList();
    }

    @Test
    void loadsInTheOrderTheyAreTriedWithACatchAllLast() {
        assertThat(rules.rules()).extracting(Rule::id).containsExactly("alertmanager-by-alertname-cluster",
                "pagerduty-by-source", "elastic-by-rule-and-host", "elastic-by-rule", "native-by-source-and-rule");
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.continueMatching()).isFalse());
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.breaker()).isNotNull());
    }

    @Test
    void alertmanagerAlertsGroupByAlertnameAndClusterWithTheAlertsSeverity() {
        Alert alert = new AlertmanagerNormaliser(MAPPER)
                .normalise(Fixtures.json("alertmanager/alertmanager-v4-firing.json")).get(0);
        Rule rule = ruleFor(alert);

        assertThat(rule.id()).isEqualTo("alertmanager-by-alertname-cluster");
        assertThat(rule.owner()).isEqualTo(Owner.OBSERVABILITY);
        // The sample has no cluster label: Kibana's unknown group.
        assertThat(rule.groupValues(alert)).containsExactly("ProbeFailure", "unknown");
        assertThat(title(rule, alert)).isEqualTo("ProbeFailure");
        assertThat(tags(rule, alert)).containsExactly("alertmanager", "alertname:ProbeFailure", "cluster:unknown");
        assertThat(renderer.render(rule.template().description(), alert)).isEqualTo("""
                BlackBox Probe Failure: https://server.example.org

                Instance https://server.example.org has been down for over 5m. Job: http_checks

                First alert from alertmanager, firing since 2023-02-06T13:08:45.828Z, instance \
                https://server.example.org.""");
        assertThat(rule.template().severity().forAlert(alert.severity())).isEqualTo(Severity.CRITICAL);
        assertThat(rule.template().severity().raise()).isTrue();

        ObjectNode withCluster = Fixtures.json("alertmanager/alertmanager-v4-firing.json");
        ((ObjectNode) withCluster.path("alerts").get(0).path("labels")).put("cluster", "eu-prod");
        Alert inCluster = new AlertmanagerNormaliser(MAPPER).normalise(withCluster).get(0);
        assertThat(ruleFor(inCluster).groupValues(inCluster)).containsExactly("ProbeFailure", "eu-prod");
        assertThat(title(rule, inCluster)).isEqualTo("ProbeFailure on eu-prod");
        assertThat(tags(rule, inCluster)).contains("cluster:eu-prod");
    }

    @Test
    void resolvedAlertmanagerAlertsJoinTheSameGroup() {
        Alert firing = new AlertmanagerNormaliser(MAPPER)
                .normalise(Fixtures.json("alertmanager/alertmanager-v4-firing.json")).get(0);
        Alert resolved = new AlertmanagerNormaliser(MAPPER)
                .normalise(Fixtures.json("alertmanager/alertmanager-v4-resolved.json")).get(0);

        assertThat(ruleFor(resolved)).isEqualTo(ruleFor(firing));
        assertThat(ruleFor(resolved).groupValues(resolved)).isEqualTo(ruleFor(firing).groupValues(firing));
    }

    @Test
    void grafanaAlertsGoToTheAlertmanagerRuleOneGroupPerAlertname() {
        List<Alert> alerts = new AlertmanagerNormaliser(MAPPER).normalise(Fixtures.json("alertmanager/grafana-firing.json"));

        assertThat(alerts).extracting(a -> ruleFor(a).id()).containsOnly("alertmanager-by-alertname-cluster");
        assertThat(alerts).extracting(a -> ruleFor(a).groupValues(a)).containsExactly(
                List.of("High memory usage", "unknown"), List.of("High CPU usage", "unknown"));
        assertThat(alerts).extracting(a -> title(ruleFor(a), a)).containsExactly("High memory usage", "High CPU usage");
        assertThat(tags(ruleFor(alerts.get(0)), alerts.get(0))).startsWith("grafana");
    }

    @Test
    void pagerDutyEventsGroupByIntegrationAndAffectedSystem() {
        Alert alert = new PagerDutyNormaliser(MAPPER).normalise(Fixtures.json("pagerduty/trigger.json")).get(0);
        Rule rule = ruleFor(alert);

        assertThat(rule.id()).isEqualTo("pagerduty-by-source");
        assertThat(rule.groupValues(alert)).containsExactly(alert.source(),
                "monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003");
        assertThat(title(rule, alert)).isEqualTo("Example alert on host1.example.com");
        assertThat(renderer.render(rule.template().description(), alert)).endsWith("Affected system: "
                + "monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003, component "
                + "postgres, group prod-datapipe, class deploy.");
        assertThat(tags(rule, alert)).containsExactly("pagerduty",
                "source:monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003");
        assertThat(rule.template().severity().forAlert(alert.severity())).isEqualTo(Severity.LOW);
    }

    @Test
    void elasticAlertsGroupByKibanaRuleAndByHostWhenTheBodyNamesOne() {
        ElasticNormaliser normaliser = new ElasticNormaliser(MAPPER);
        Alert plain = normaliser.normalise(Fixtures.json("elastic/es-query-firing.json")).get(0);
        Rule byRule = ruleFor(plain);

        assertThat(byRule.id()).isEqualTo("elastic-by-rule");
        assertThat(byRule.groupValues(plain)).containsExactly("3f6d0a6e-6b0c-4a7e-9d0b-5e2f2b8c1a47");
        assertThat(title(byRule, plain)).isEqualTo("Checkout errors");
        assertThat(renderer.render(byRule.template().description(), plain)).startsWith("Document count is 12 in the "
                + "last 5m in \"logs-checkout-*\" index.");
        assertThat(tags(byRule, plain)).containsExactly("elastic", "rule:3f6d0a6e-6b0c-4a7e-9d0b-5e2f2b8c1a47");

        Alert onHost = normaliser.normalise(withHost("web-7")).get(0);
        Rule byHost = ruleFor(onHost);
        assertThat(byHost.id()).isEqualTo("elastic-by-rule-and-host");
        assertThat(byHost.groupValues(onHost)).containsExactly("3f6d0a6e-6b0c-4a7e-9d0b-5e2f2b8c1a47", "web-7");
        assertThat(title(byHost, onHost)).isEqualTo("Checkout errors on web-7");
        assertThat(tags(byHost, onHost)).contains("host:web-7");

        // Kibana renders a variable the rule type lacks as "": no host, so the per-rule case.
        Alert blankHost = normaliser.normalise(withHost("")).get(0);
        assertThat(ruleFor(blankHost).id()).isEqualTo("elastic-by-rule");
        Alert recovered = normaliser.normalise(Fixtures.json("elastic/es-query-recovered.json")).get(0);
        assertThat(ruleFor(recovered).groupValues(recovered)).isEqualTo(byRule.groupValues(plain));
    }

    private static JsonNode withHost(String name) {
        ObjectNode body = Fixtures.json("elastic/es-query-firing.json");
        ((ObjectNode) body.path("context")).putObject("host").put("name", name);
        return body;
    }

    @Test
    void everythingElseGoesToTheCatchAllBySourceAndRule() {
        NativeAlertNormaliser normaliser = new NativeAlertNormaliser(MAPPER);
        Alert withRule = normaliser.normalise(Fixtures.parse("""
                {"id": "db-1/disk", "source": "nagios", "status": "firing", "severity": "high",
                 "title": "Disk full on db-1", "rule": {"id": "disk", "name": "Disk usage"}}""")).get(0);
        Rule rule = ruleFor(withRule);

        assertThat(rule.id()).isEqualTo("native-by-source-and-rule");
        assertThat(rule.groupValues(withRule)).containsExactly("nagios", "disk");
        assertThat(title(rule, withRule)).isEqualTo("Disk usage (nagios)");
        assertThat(tags(rule, withRule)).containsExactly("source:nagios", "rule:disk");

        Alert noRule = normaliser.normalise(Fixtures.parse("""
                {"source": "cron", "status": "firing", "title": "Backup failed"}""")).get(0);
        assertThat(ruleFor(noRule).id()).isEqualTo("native-by-source-and-rule");
        assertThat(rule.groupValues(noRule)).containsExactly("cron", "unknown");
        assertThat(title(rule, noRule)).isEqualTo("Backup failed (cron)");
        assertThat(tags(rule, noRule)).containsExactly("source:cron", "rule:unknown");
        assertThat(renderer.render(rule.template().description(), noRule)).isEqualTo("Backup failed\n\nSource cron.");
    }
}
