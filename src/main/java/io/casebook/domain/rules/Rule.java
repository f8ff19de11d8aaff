package io.casebook.domain.rules;

import io.casebook.domain.Owner;
import io.casebook.domain.alert.Alert;

import java.util.List;

/**
 * One rule of {@code rules.yaml}: which alerts it takes ({@code match}), how it groups them into cases
 * (owner, space, {@code group_by}, window, reopen), what those cases look like, and its safety limits.
 */
public record Rule(String id, String name, AlertCondition match, boolean continueMatching, Owner owner,
                   String space, List<String> groupBy, TimeWindow window, boolean reopenClosed,
                   CaseTemplate template, int maxAlertsPerCase, CircuitBreaker breaker, ResolvePolicy onResolved,
                   boolean autoPush) {

    public static final int DEFAULT_MAX_ALERTS_PER_CASE = 1000;
    /** Kibana's value for an alert that lacks a grouping field. */
    public static final String UNKNOWN = "unknown";

    public Rule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        match = match == null ? AlertCondition.ALWAYS : match;
        space = space == null || space.isBlank() ? "default" : space;
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        window = window == null ? TimeWindow.DEFAULT : window;
        onResolved = onResolved == null ? ResolvePolicy.DEFAULT : onResolved;
        if (owner == null) {
            throw new IllegalArgumentException("a rule needs an owner");
        }
        if (template == null) {
            throw new IllegalArgumentException("a rule needs a case template");
        }
        if (autoPush && template.connector().noConnector()) {
            throw new IllegalArgumentException("auto_push needs case.connector: the connector to push to");
        }
        if (maxAlertsPerCase < 1) {
            throw new IllegalArgumentException("max_alerts_per_case must be at least 1");
        }
    }

    /**
     * The rule as it applies to the alert: an alert that came through a PagerDuty integration goes to the
     * integration's space and owner (its {@link IntegrationTarget} labels, set only by the engine), whatever the
     * rule says; any other alert goes where the rule says. The group key hashes space and owner, so alerts of two
     * integrations never share a group or a case.
     */
    public Rule targetedFor(Alert alert) {
        String targetSpace = IntegrationTarget.space(alert).orElse(space);
        Owner targetOwner = IntegrationTarget.owner(alert).orElse(owner);
        if (targetSpace.equals(space) && targetOwner == owner) {
            return this;
        }
        return new Rule(id, name, match, continueMatching, targetOwner, targetSpace, groupBy, window, reopenClosed,
                template, maxAlertsPerCase, breaker, onResolved, autoPush);
    }

    /** The alert's value for each {@code group_by} field, in order; {@code unknown} where it has none. */
    public List<String> groupValues(Alert alert) {
        return groupBy.stream()
                .map(field -> AlertFields.resolve(alert, field).map(String::valueOf).orElse(UNKNOWN))
                .toList();
    }
}
