package io.casebook.domain.rules;

import io.casebook.domain.AlertRule;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: builds alerts field by field for rule and template tests. */
public final class TestAlerts {

    private String source = "test";
    private String fingerprint = "fp-1";
    private AlertStatus status = AlertStatus.FIRING;
    private Severity severity;
    private String title = "An alert";
    private String description;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private Instant startsAt;
    private AlertRule rule;
    private String groupKey;

    private TestAlerts() {
    }

    public static TestAlerts alert() {
        return new TestAlerts();
    }

    public TestAlerts source(String value) {
        source = value;
        return this;
    }

    public TestAlerts fingerprint(String value) {
        fingerprint = value;
        return this;
    }

    public TestAlerts status(AlertStatus value) {
        status = value;
        return this;
    }

    public TestAlerts severity(Severity value) {
        severity = value;
        return this;
    }

    public TestAlerts title(String value) {
        title = value;
        return this;
    }

    public TestAlerts description(String value) {
        description = value;
        return this;
    }

    public TestAlerts label(String name, String value) {
        labels.put(name, value);
        return this;
    }

    public TestAlerts field(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    public TestAlerts startsAt(Instant value) {
        startsAt = value;
        return this;
    }

    public TestAlerts rule(String id, String name) {
        rule = new AlertRule(id, name);
        return this;
    }

    public TestAlerts groupKey(String value) {
        groupKey = value;
        return this;
    }

    public Alert build() {
        return new Alert(source, fingerprint, status, severity, title, description, labels, fields, startsAt, null,
                List.of(), rule, groupKey);
    }
}
