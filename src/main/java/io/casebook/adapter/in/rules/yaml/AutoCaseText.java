package io.casebook.adapter.in.rules.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The title, description and tags of a case when the rule leaves them out, after Kibana's auto-created
 * cases (reference §4): {@code "<rule name> - Grouping by <values> (Auto-created)"}, a description naming
 * the rule and its grouping, and tags {@code auto-generated}, {@code rule:<id>}, {@code <field>:<value>}.
 */
public record AutoCaseText(String ruleId, String ruleName, List<String> groupBy) {

    public String title() {
        String grouping = groupBy.isEmpty() ? "" : " - Grouping by " + groupBy.stream()
                .map(AutoCaseText::variable).collect(Collectors.joining(" & "));
        return literal(ruleName) + grouping + " (Auto-created)";
    }

    public String description() {
        String base = "This case was created by the rule '" + literal(ruleName) + "'.";
        if (groupBy.isEmpty()) {
            return base;
        }
        return base + " The assigned alerts are grouped by " + groupBy.stream()
                .map(field -> "`" + field + ": " + variable(field) + "`").collect(Collectors.joining(" and ")) + ".";
    }

    public List<String> tags() {
        List<String> tags = new ArrayList<>(List.of("auto-generated", "rule:" + ruleId));
        groupBy.forEach(field -> tags.add(field + ":" + variable(field)));
        return tags;
    }

    /**
     * The field's value, or Kibana's {@code unknown} when the alert lacks it (the group it went to). Every
     * field path is also a template variable of the same name.
     */
    private static String variable(String field) {
        return "{{#" + field + "}}{{" + field + "}}{{/" + field + "}}{{^" + field + "}}unknown{{/" + field + "}}";
    }

    /** A rule name is plain text: "{{" in it must not open a template tag. */
    private static String literal(String text) {
        return text.replace("{{", "{ {");
    }
}
