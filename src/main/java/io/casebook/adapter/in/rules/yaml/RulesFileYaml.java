package io.casebook.adapter.in.rules.yaml;

import io.casebook.domain.rules.RuleSet;

import java.util.List;
import java.util.Objects;

/** The whole of rules.yaml: {@code rules:}, in the order they are tried. No key or an empty list = no rules. */
public record RulesFileYaml(List<RuleYaml> rules) {

    public RulesFileYaml {
        if (rules != null && rules.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("rules holds an empty entry");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public RuleSet toRuleSet() {
        return new RuleSet(rules.stream().map(RuleYaml::toRule).toList());
    }
}
