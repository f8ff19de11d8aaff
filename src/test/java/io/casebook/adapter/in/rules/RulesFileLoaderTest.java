package io.casebook.adapter.in.rules;

import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldType;
import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;
import io.casebook.domain.rules.AlertCondition;
import io.casebook.domain.rules.CaseTemplate;
import io.casebook.domain.rules.CircuitBreaker;
import io.casebook.domain.rules.ResolvePolicy;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.RuleSet;
import io.casebook.domain.rules.SeverityPolicy;
import io.casebook.domain.rules.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.casebook.domain.rules.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

/** Every key of a rule read from rules.yaml into the domain, and the defaults of every key left out. */
class RulesFileLoaderTest {

    @TempDir
    Path dir;

    private RulesFiles files() {
        return new RulesFiles(dir);
    }

    @Test
    void readsEveryKeyOfARule() {
        RuleSet set = files().load("""
                rules:
                  - id: every-key_1
                    name: Every key
                    match:
                      field: labels.team
                      equals: db
                    continue: true
                    owner: securitySolution
                    space: team-a
                    group_by: [labels.alertname, fields.host.name]
                    time_window: 30m
                    reopen_closed: true
                    max_alerts_per_case: 50
                    circuit_breaker: {max_new_cases: 3, period: 2h}
                    on_resolved: {comment: true, close_case_when_all_resolved: true}
                    auto_push: true
                    case:
                      title: "{{labels.alertname}} on {{fields.host.name}}"
                      description: "Seen: {{title}}"
                      tags: [db, "host:{{fields.host.name}}"]
                      severity: {from_alert: true, raise: false, map: {critical: high, low: medium}}
                      assignees: [u_1, u_2]
                      category: Databases
                      custom_fields:
                        - {key: ticket, type: text, value: DB-1}
                        - {key: paged, type: toggle, value: true}
                        - {key: priority, type: number, value: 2}
                      connector: {id: jira-1, name: Jira, type: .jira, fields: {issueType: "10006", priority: null}}
                      sync_alerts: false
                """);

        assertThat(set.rules()).hasSize(1);
        Rule rule = set.rules().get(0);
        assertThat(rule.id()).isEqualTo("every-key_1");
        assertThat(rule.name()).isEqualTo("Every key");
        assertThat(rule.match().test(alert().label("team", "db").build())).isTrue();
        assertThat(rule.match().test(alert().label("team", "web").build())).isFalse();
        assertThat(rule.continueMatching()).isTrue();
        assertThat(rule.owner()).isEqualTo(Owner.SECURITY_SOLUTION);
        assertThat(rule.space()).isEqualTo("team-a");
        assertThat(rule.groupBy()).containsExactly("labels.alertname", "fields.host.name");
        assertThat(rule.window()).isEqualTo(new TimeWindow(Duration.ofMinutes(30)));
        assertThat(rule.reopenClosed()).isTrue();
        assertThat(rule.maxAlertsPerCase()).isEqualTo(50);
        assertThat(rule.breaker()).isEqualTo(new CircuitBreaker(3, Duration.ofHours(2)));
        assertThat(rule.onResolved()).isEqualTo(new ResolvePolicy(true, true));
        assertThat(rule.autoPush()).isTrue();
        CaseTemplate template = rule.template();
        assertThat(template.title()).isEqualTo("{{labels.alertname}} on {{fields.host.name}}");
        assertThat(template.description()).isEqualTo("Seen: {{title}}");
        assertThat(template.tags()).containsExactly("db", "host:{{fields.host.name}}");
        assertThat(template.severity()).isEqualTo(new SeverityPolicy(null,
                Map.of(Severity.CRITICAL, Severity.HIGH, Severity.LOW, Severity.MEDIUM), false));
        assertThat(template.assignees()).containsExactly("u_1", "u_2");
        assertThat(template.category()).isEqualTo("Databases");
        assertThat(template.customFields()).containsExactly(
                new CustomFieldValue("ticket", CustomFieldType.TEXT, "DB-1"),
                new CustomFieldValue("paged", CustomFieldType.TOGGLE, true),
                new CustomFieldValue("priority", CustomFieldType.NUMBER, 2L));
        Map<String, Object> jiraFields = new java.util.HashMap<>();
        jiraFields.put("issueType", "10006");
        jiraFields.put("priority", null);
        assertThat(template.connector()).isEqualTo(new ConnectorRef("jira-1", "Jira", ".jira", jiraFields));
        assertThat(template.syncAlerts()).isFalse();
    }

    @Test
    void leftOutKeysTakeKibanasDefaults() {
        Rule rule = files().load("""
                rules:
                  - id: minimal
                """).rules().get(0);

        assertThat(rule.name()).isEqualTo("minimal");
        assertThat(rule.match()).isSameAs(AlertCondition.ALWAYS);
        assertThat(rule.continueMatching()).isFalse();
        assertThat(rule.owner()).isEqualTo(Owner.CASES);
        assertThat(rule.space()).isEqualTo("default");
        assertThat(rule.groupBy()).isEmpty();
        assertThat(rule.window()).isEqualTo(TimeWindow.DEFAULT);
        assertThat(rule.reopenClosed()).isFalse();
        assertThat(rule.maxAlertsPerCase()).isEqualTo(1000);
        assertThat(rule.breaker()).isNull();
        assertThat(rule.onResolved()).isEqualTo(ResolvePolicy.DEFAULT);
        assertThat(rule.autoPush()).isFalse();
        CaseTemplate template = rule.template();
        assertThat(template.title()).isEqualTo("minimal (Auto-created)");
        assertThat(template.description()).isEqualTo("This case was created by the rule 'minimal'.");
        assertThat(template.tags()).containsExactly("auto-generated", "rule:minimal");
        assertThat(template.severity()).isEqualTo(SeverityPolicy.FROM_ALERT);
        assertThat(template.assignees()).isEmpty();
        assertThat(template.category()).isNull();
        assertThat(template.customFields()).isEmpty();
        assertThat(template.connector()).isEqualTo(ConnectorRef.NONE);
        assertThat(template.syncAlerts()).isFalse();
    }

    @Test
    void autoCreatedTextNamesTheGroupingAsKibanaDoes() {
        Rule rule = files().load("""
                rules:
                  - id: grouped
                    name: Disk {{alerts}}
                    owner: securitySolution
                    group_by: [labels.alertname, labels.cluster]
                    case: {category: Infra}
                """).rules().get(0);

        String value = "{{#labels.cluster}}{{labels.cluster}}{{/labels.cluster}}"
                + "{{^labels.cluster}}unknown{{/labels.cluster}}";
        assertThat(rule.template().title()).startsWith("Disk { {alerts}} - Grouping by {{#labels.alertname}}")
                .endsWith(" & " + value + " (Auto-created)");
        assertThat(rule.template().description()).startsWith("This case was created by the rule 'Disk { {alerts}}'. "
                + "The assigned alerts are grouped by `labels.alertname: ").endsWith("`labels.cluster: " + value + "`.");
        assertThat(rule.template().tags()).containsExactly("auto-generated", "rule:grouped",
                "labels.alertname:{{#labels.alertname}}{{labels.alertname}}{{/labels.alertname}}"
                        + "{{^labels.alertname}}unknown{{/labels.alertname}}",
                "labels.cluster:" + value);
        // Kibana's owner default: security cases sync alert status.
        assertThat(rule.template().syncAlerts()).isTrue();
        assertThat(rule.template().category()).isEqualTo("Infra");
    }

    @Test
    void aFixedSeverityIsWrittenAsTheLevelOrAsFixed() {
        RuleSet set = files().load("""
                rules:
                  - id: plain
                    case: {title: t, severity: high}
                  - id: spelled-out
                    case: {title: t, severity: {fixed: critical}}
                  - id: mapped-default-raise
                    case: {title: t, severity: {map: {low: medium}}}
                """);

        assertThat(set.rules()).extracting(r -> r.template().severity()).containsExactly(
                new SeverityPolicy(Severity.HIGH, Map.of(), false),
                new SeverityPolicy(Severity.CRITICAL, Map.of(), false),
                new SeverityPolicy(null, Map.of(Severity.LOW, Severity.MEDIUM), true));
    }

    @Test
    void rulesKeepTheirFileOrderAndTheFirstMatchWins() {
        RuleSet set = files().load("""
                rules:
                  - id: critical-first
                    match: {field: severity, equals: critical}
                    continue: true
                  - id: db
                    match: {field: labels.team, equals: db}
                  - id: catch-all
                """);

        assertThat(set.rules()).extracting(Rule::id).containsExactly("critical-first", "db", "catch-all");
        assertThat(set.rulesFor(alert().severity(Severity.CRITICAL).label("team", "db").build()))
                .extracting(Rule::id).containsExactly("critical-first", "db");
        assertThat(set.rulesFor(alert().label("team", "web").build())).extracting(Rule::id)
                .containsExactly("catch-all");
    }

    @Test
    void anEmptyListMeansNoRulesAndAFileWithoutRulesHoldsNothing() {
        RulesFiles files = files();
        assertThat(files.load("rules: []\n").rules()).isEmpty();
        assertThat(files.load("rules:\n").rules()).isEmpty();

        RulesFileLoader loader = new RulesFileLoader(new io.casebook.adapter.out.template.MustacheTemplateRenderer());
        files.write("");
        assertThat(loader.read(files.file())).isEmpty();
        files.write("# only a comment\n\n");
        assertThat(loader.read(files.file())).isEmpty();
        assertThat(loader.read(dir.resolve("missing.yaml"))).isEmpty();
    }

    @Test
    void windowsTakeEveryUnit() {
        RuleSet set = files().load("""
                rules:
                  - {id: s, time_window: 45s}
                  - {id: m, time_window: 5m}
                  - {id: h, time_window: 12h}
                  - {id: d, time_window: 7d}
                  - {id: w, time_window: 2w}
                """);

        assertThat(set.rules()).extracting(r -> r.window().duration()).containsExactly(Duration.ofSeconds(45),
                Duration.ofMinutes(5), Duration.ofHours(12), Duration.ofDays(7), Duration.ofDays(14));
    }

    @Test
    void anExplicitNullKeyMeansItsDefault() {
        Rule rule = files().load("""
                rules:
                  - id: nulls
                    name: ~
                    owner: null
                    case:
                      title: t
                      category: null
                      connector: null
                """).rules().get(0);

        assertThat(rule.owner()).isEqualTo(Owner.CASES);
        assertThat(rule.template().connector()).isEqualTo(ConnectorRef.NONE);
        assertThat(List.of(rule.name())).containsExactly("nulls");
    }
}
