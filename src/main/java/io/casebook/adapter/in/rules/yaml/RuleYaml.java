package io.casebook.adapter.in.rules.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.Owner;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.TimeWindow;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code rules:}. Only {@code id} is required; the defaults are those of Kibana's cases action
 * where it has one (owner cases, space default, no grouping, 7d window, no reopen, 1000 alerts per case).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RuleYaml(RuleId id, String name, ConditionYaml match,
                       @JsonProperty("continue") Boolean continueMatching, Owner owner, SpaceId space,
                       List<FieldPath> groupBy, TimeWindow timeWindow, Boolean reopenClosed,
                       Integer maxAlertsPerCase, BreakerYaml circuitBreaker, OnResolvedYaml onResolved,
                       Boolean autoPush, @JsonProperty("case") CaseYaml caseTemplate) {

    public RuleYaml {
        if (id == null) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        if (maxAlertsPerCase != null && (maxAlertsPerCase < 1 || maxAlertsPerCase > CaseLimits.MAX_ALERTS_PER_CASE)) {
            throw new IllegalArgumentException("max_alerts_per_case must be between 1 and "
                    + CaseLimits.MAX_ALERTS_PER_CASE + " (a case holds at most that many alerts; past it alerts go "
                    + "to a continuation case)");
        }
        if (groupBy != null && (groupBy.stream().anyMatch(Objects::isNull)
                || groupBy.stream().distinct().count() != groupBy.size())) {
            throw new IllegalArgumentException("group_by must name each field once");
        }
    }

    public Rule toRule() {
        Owner theOwner = owner == null ? Owner.CASES : owner;
        String theName = name == null || name.isBlank() ? id.value() : name;
        List<String> fields = groupBy == null ? List.of() : groupBy.stream().map(FieldPath::path).toList();
        CaseYaml template = caseTemplate == null ? CaseYaml.DEFAULTS : caseTemplate;
        return new Rule(id.value(), theName, match == null ? null : match.toCondition(),
                Boolean.TRUE.equals(continueMatching), theOwner, space == null ? null : space.value(), fields,
                timeWindow == null ? TimeWindow.DEFAULT : timeWindow, Boolean.TRUE.equals(reopenClosed),
                template.toTemplate(new AutoCaseText(id.value(), theName, fields), theOwner.syncAlertsByDefault()),
                maxAlertsPerCase == null ? Rule.DEFAULT_MAX_ALERTS_PER_CASE : maxAlertsPerCase,
                circuitBreaker == null ? null : circuitBreaker.toBreaker(),
                onResolved == null ? null : onResolved.toPolicy(), Boolean.TRUE.equals(autoPush));
    }
}
