package io.casebook.support;

import io.casebook.domain.ConnectorRef;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;
import io.casebook.domain.rules.AlertCondition;
import io.casebook.domain.rules.AlertFields;
import io.casebook.domain.rules.CaseTemplate;
import io.casebook.domain.rules.CircuitBreaker;
import io.casebook.domain.rules.ResolvePolicy;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.SeverityPolicy;
import io.casebook.domain.rules.TimeWindow;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Rules built in code, as rules.yaml would describe them: {@code rule("id").groupBy(...).build()}. */
public final class RuleFixtures {

    private final String id;
    private String name;
    private AlertCondition match = AlertCondition.ALWAYS;
    private boolean continueMatching;
    private Owner owner = Owner.CASES;
    private String space = "default";
    private List<String> groupBy = List.of();
    private TimeWindow window = TimeWindow.DEFAULT;
    private boolean reopenClosed;
    private String title = "{{title}}";
    private String description = "{{description}}";
    private List<String> tags = List.of();
    private SeverityPolicy severity = SeverityPolicy.FROM_ALERT;
    private List<String> assignees = List.of();
    private String category;
    private int maxAlerts = Rule.DEFAULT_MAX_ALERTS_PER_CASE;
    private CircuitBreaker breaker;
    private ResolvePolicy onResolved = ResolvePolicy.DEFAULT;
    private ConnectorRef connector = ConnectorRef.NONE;
    private boolean autoPush;

    private RuleFixtures(String id) {
        this.id = id;
    }

    public static RuleFixtures rule(String id) {
        return new RuleFixtures(id);
    }

    /** Alerts whose label has this value. */
    public static AlertCondition label(String name, String value) {
        return alert -> AlertFields.resolve(alert, "labels." + name).map(value::equals).orElse(false);
    }

    public RuleFixtures name(String n) { this.name = n; return this; }
    public RuleFixtures match(AlertCondition c) { this.match = c; return this; }
    public RuleFixtures continueMatching() { this.continueMatching = true; return this; }
    public RuleFixtures owner(Owner o) { this.owner = o; return this; }
    public RuleFixtures space(String s) { this.space = s; return this; }
    public RuleFixtures groupBy(String... fields) { this.groupBy = List.of(fields); return this; }
    public RuleFixtures window(String w) { this.window = TimeWindow.parse(w); return this; }
    public RuleFixtures reopenClosed(boolean r) { this.reopenClosed = r; return this; }
    public RuleFixtures title(String t) { this.title = t; return this; }
    public RuleFixtures description(String d) { this.description = d; return this; }
    public RuleFixtures tags(String... t) { this.tags = List.of(t); return this; }
    public RuleFixtures fixedSeverity(Severity s) {
        this.severity = new SeverityPolicy(s, Map.of(), false);
        return this;
    }
    public RuleFixtures severityFromAlert(boolean raise) {
        this.severity = new SeverityPolicy(null, Map.of(), raise);
        return this;
    }
    public RuleFixtures assignees(String... uids) { this.assignees = List.of(uids); return this; }
    public RuleFixtures category(String c) { this.category = c; return this; }
    public RuleFixtures maxAlertsPerCase(int max) { this.maxAlerts = max; return this; }
    public RuleFixtures breaker(int maxNewCases, Duration period) {
        this.breaker = new CircuitBreaker(maxNewCases, period);
        return this;
    }
    public RuleFixtures onResolved(boolean comment, boolean close) {
        this.onResolved = new ResolvePolicy(comment, close);
        return this;
    }

    /** The cases' connector, pushed to on every change the rule makes. */
    public RuleFixtures autoPushTo(ConnectorRef connector) {
        this.connector = connector;
        this.autoPush = true;
        return this;
    }

    public Rule build() {
        return new Rule(id, name, match, continueMatching, owner, space, groupBy, window, reopenClosed,
                new CaseTemplate(title, description, tags, severity, assignees, category, List.of(), connector, false),
                maxAlerts, breaker, onResolved, autoPush);
    }
}
