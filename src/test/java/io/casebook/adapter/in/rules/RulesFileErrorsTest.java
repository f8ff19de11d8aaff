package io.casebook.adapter.in.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every way rules.yaml can be wrong is refused at load, as {@code <file>:<line>: <where>: <reason>} with the
 * line of the offending key or value (or of the mapping that is incomplete).
 */
class RulesFileErrorsTest {

    /** A rule around {@code body} (indented as rule keys), so each case shows only what is wrong. */
    private static String rule(String body) {
        return "rules:\n  - id: r1\n" + body.indent(4);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // unknown keys, at every level, at their own line
                arguments("rulez: []\n", 1, "unknown key \"rulez\" (expected one of: rules)"),
                arguments(rule("name: A\ngrup_by: [source]"), 4, "rules[0]: unknown key \"grup_by\" (expected one of: "
                        + "auto_push, case, circuit_breaker, continue, group_by, id, match, max_alerts_per_case, name, "
                        + "on_resolved, owner, reopen_closed, space, time_window)"),
                arguments(rule("match:\n  all:\n    - field: source\n      equal: x"), 6,
                        "rules[0].match.all[0]: unknown key \"equal\""),
                arguments(rule("case:\n  title: t\n  colour: red"), 5, "rules[0].case: unknown key \"colour\""),
                arguments(rule("case:\n  severity: {from_alert: true, rise: true}"), 4,
                        "rules[0].case.severity: unknown key \"rise\""),
                arguments(rule("circuit_breaker: {max_new_cases: 2, period: 1h, burst: 3}"), 3,
                        "rules[0].circuit_breaker: unknown key \"burst\""),
                arguments(rule("on_resolved: {close: true}"), 3, "rules[0].on_resolved: unknown key \"close\""),
                arguments(rule("case:\n  custom_fields:\n    - {key: k, type: text, value: v, label: K}"), 5,
                        "rules[0].case.custom_fields[0]: unknown key \"label\""),
                arguments(rule("case:\n  connector: {id: j, name: J, type: .jira, fields: null, config: {}}"), 4,
                        "rules[0].case.connector: unknown key \"config\""),
                // ids
                arguments("rules:\n  - id: a\n  - id: b\n  - id: a\n", 4,
                        "rules[2].id: rule id \"a\" is already used by an earlier rule (ids must be unique)"),
                arguments("rules:\n  - id: Bad Id\n", 2, "rules[0].id: rule id \"Bad Id\" must match [a-z0-9_-]+"),
                arguments("rules:\n  - name: no id\n    owner: cases\n", 2, "rules[0]: a rule needs an id"),
                // field paths
                arguments(rule("group_by: [labels.cluster, host]"), 3,
                        "rules[0].group_by[1]: \"host\" is not an alert field: use source, fingerprint"),
                arguments(rule("match: {field: labels., equals: x}"), 3, "\"labels.\" is not an alert field"),
                arguments(rule("group_by: [source, source]"), 2, "rules[0]: group_by must name each field once"),
                // operators and their values
                arguments(rule("match: {field: title, regex: \"([a\"}"), 3,
                        "rules[0].match.regex: regex \"([a\" does not compile: Unclosed character class near index 2"),
                arguments(rule("match: {field: fields.v, gt: \"90\"}"), 3,
                        "rules[0].match.gt: expected a number, not the text \"90\""),
                arguments(rule("match: {field: fields.v, lte: high}"), 3, "rules[0].match.lte: expected a number"),
                arguments(rule("match: {field: fields.v, exists: \"true\"}"), 3,
                        "rules[0].match.exists: expected true or false"),
                arguments(rule("match: {field: source}"), 3, "rules[0].match: field source needs exactly one of equals, "
                        + "in, regex, exists, gt, gte, lt, lte"),
                arguments(rule("match:\n  field: source\n  equals: a\n  regex: b"), 4,
                        "field source needs exactly one of equals, in, regex, exists, gt, gte, lt, lte (got equals, regex)"),
                arguments(rule("match: {equals: a}"), 3, "rules[0].match: equals needs a field"),
                arguments(rule("match: {all: [], any: [{field: source, exists: true}]}"), 3,
                        "a condition needs exactly one of field, all, any, not"),
                arguments(rule("match: {any: []}"), 3, "any needs at least one condition"),
                arguments(rule("match: {}"), 3, "a condition needs exactly one of field, all, any, not"),
                arguments(rule("match: {field: labels.x, equals: {a: b}}"), 3,
                        "equals takes text, numbers or true/false, not a mapping"),
                arguments(rule("match: {field: labels.x, in: []}"), 3, "in needs at least one value"),
                arguments(rule("match: {field: labels.x, in: [a, [b]]}"), 3,
                        "in takes text, numbers or true/false, not a list"),
                arguments(rule("match:\n  not:\n    - {field: source, exists: true}"), 5,
                        "rules[0].match.not: expected a mapping, not a list"),
                // rule keys
                arguments(rule("owner: kibana"), 3,
                        "rules[0].owner: \"kibana\" is not an owner: use cases, observability or securitySolution"),
                arguments(rule("space: Team A"), 3, "rules[0].space: space \"Team A\" must match [a-z0-9_-]+"),
                arguments(rule("time_window: 7x"), 3, "rules[0].time_window: \"7x\" is not a time window"),
                arguments(rule("time_window: 0d"), 3, "\"0d\" is not a time window"),
                arguments(rule("continue: \"true\""), 3, "rules[0].continue: expected true or false, not the text \"true\""),
                arguments(rule("reopen_closed: 1"), 3, "rules[0].reopen_closed: expected true or false, not 1"),
                arguments(rule("max_alerts_per_case: \"10\""), 3,
                        "rules[0].max_alerts_per_case: expected a whole number, not the text \"10\""),
                arguments(rule("max_alerts_per_case: 1.5"), 3, "expected a whole number"),
                arguments(rule("max_alerts_per_case: 0"), 2, "max_alerts_per_case must be between 1 and 1000"),
                arguments(rule("max_alerts_per_case: 1001"), 2, "max_alerts_per_case must be between 1 and 1000"),
                arguments(rule("max_alerts_per_case: 99999999999"), 3, "out of range"),
                arguments(rule("circuit_breaker: {max_new_cases: 0, period: 1h}"), 3,
                        "rules[0].circuit_breaker: max_new_cases must be at least 1"),
                arguments(rule("circuit_breaker: {max_new_cases: 5}"), 3,
                        "circuit_breaker needs max_new_cases and period"),
                arguments(rule("circuit_breaker: {max_new_cases: 5, period: soon}"), 3,
                        "rules[0].circuit_breaker.period: \"soon\" is not a time window"),
                arguments(rule("on_resolved: {comment: yes please}"), 3, "rules[0].on_resolved.comment: expected true or false"),
                arguments(rule("group_by: labels.cluster"), 3, "rules[0].group_by: expected a list"),
                // case template
                arguments(rule("case:\n  title: \"{{#labels.x}} open\""), 4,
                        "rules[0].case.title: template \"{{#labels.x}} open\" does not compile: Failed to close 'labels.x' tag"),
                arguments(rule("case:\n  description: \"{{> /etc/passwd}}\""), 4,
                        "partials ({{> name}}) are not supported"),
                arguments(rule("case:\n  tags: [ok, \"{{/x}}\"]"), 4, "rules[0].case.tags[1]: template \"{{/x}}\" does not compile"),
                arguments(rule("case:\n  title: \"\""), 4, "rules[0].case.title: a template must not be empty"),
                arguments(rule("case:\n  severity: urgent"), 4,
                        "rules[0].case.severity: \"urgent\" is not a severity: use low, medium, high or critical"),
                arguments(rule("case:\n  severity: {map: {urgent: high}}"), 4, "\"urgent\" is not a severity"),
                arguments(rule("case:\n  severity: {map: {high: urgent}}"), 4,
                        "rules[0].case.severity.map.high: \"urgent\" is not a severity"),
                arguments(rule("case:\n  severity: {from_alert: false}"), 4, "from_alert: false needs a fixed level"),
                arguments(rule("case:\n  severity: {fixed: high, raise: true}"), 4,
                        "a fixed severity takes no from_alert, raise or map"),
                arguments(rule("case:\n  assignees: [" + IntStream.range(0, 11).mapToObj(i -> "u" + i)
                        .collect(Collectors.joining(", ")) + "]"), 4, "assignees holds 11 entries; at most 10"),
                arguments(rule("case:\n  assignees: [u1, u1]"), 4, "assignees names a user twice"),
                arguments(rule("case:\n  tags: [" + IntStream.range(0, 201).mapToObj(i -> "t" + i)
                        .collect(Collectors.joining(", ")) + "]"), 4, "tags holds 201 entries; at most 200"),
                arguments(rule("case:\n  category: " + "c".repeat(51)), 4, "category must be 1 to 50 characters"),
                arguments(rule("case:\n  custom_fields:\n    - {key: k, type: date, value: x}"), 5,
                        "rules[0].case.custom_fields[0].type: \"date\" is not a custom field type: use text, toggle or number"),
                arguments(rule("case:\n  custom_fields:\n    - {key: k, type: number, value: many}"), 5,
                        "rules[0].case.custom_fields[0]: custom field k (number): Invalid value \"many\" supplied to \"value\""),
                arguments(rule("case:\n  custom_fields:\n    - {key: k, type: toggle, value: \"yes\"}"), 5,
                        "custom field k (toggle)"),
                arguments(rule("case:\n  custom_fields:\n    - {key: k, type: text, value: a}\n    - {key: k, type: text, value: b}"),
                        4, "custom_fields names a key twice"),
                arguments(rule("case:\n  connector: {id: j, name: J, type: jira, fields: null}"), 4,
                        "connector needs id, name and a type such as .none"),
                arguments(rule("case:\n  connector: {id: jira-1, name: none, type: .none, fields: null}"), 4,
                        "the .none connector is {id: none, name: none, type: .none, fields: null}"),
                // shapes and YAML itself
                arguments("rules:\n  id: a\n", 2, "rules: expected a list, not a mapping"),
                arguments("- id: a\n", 1, "expected a mapping, not a list"),
                arguments("rules:\n  - id: a\n    owner: cases\n    owner: observability\n", 4, "Duplicate field 'owner'"),
                arguments("rules:\n  - id: a\n    case: {title: [unclosed\n", 4, "invalid YAML: expected ',' or ']', but "
                        + "got <stream end> (while parsing a flow sequence from line 3)"),
                arguments("rules:\n  - id: a\n\tname: tab\n", 3, "invalid YAML: found character"),
                arguments("rules:\n  - id: a\n  -\n", 1, "rules holds an empty entry"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("badFiles")
    void refusesWithFileLineAndReason(String yaml, int line, String reason) {
        RulesFiles files = new RulesFiles(dir);

        RulesFileException e = files.failure(yaml);

        assertThat(e.getMessage()).startsWith(files.file() + ":" + line + ": ").contains(reason);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.file()).isEqualTo(files.file());
    }

    @Test
    void theReasonIsOneLineWithoutJavaClassNames() {
        RulesFiles files = new RulesFiles(dir);
        for (Arguments case_ : badFiles().toList()) {
            RulesFileException e = files.failure((String) case_.get()[0]);
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("io.casebook").doesNotContain("java.lang");
        }
    }
}
