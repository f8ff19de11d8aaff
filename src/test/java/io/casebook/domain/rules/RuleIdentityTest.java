package io.casebook.domain.rules;

import io.casebook.domain.ConnectorRef;
import io.casebook.domain.Owner;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Group keys, breaker periods and case identities: the same inputs always give the same answers. */
class RuleIdentityTest {

    private static Rule rule(String id, String space, Owner owner, String... groupBy) {
        return new Rule(id, null, null, false, owner, space, List.of(groupBy), null, false,
                new CaseTemplate("t", null, null, null, null, null, null, ConnectorRef.NONE, false), 1000, null, null,
                false);
    }

    private static Alert alert(Map<String, String> labels) {
        return new Alert("src", "fp", AlertStatus.FIRING, null, "title", null, labels, Map.of(), null, null, null, null,
                null);
    }

    @Test
    void aGroupKeyDependsOnRuleSpaceOwnerAndGroupValuesOnly() {
        Rule r = rule("r1", "default", Owner.CASES, "labels.cluster", "labels.alertname");
        GroupKey key = GroupKey.of(r, alert(Map.of("cluster", "eu", "alertname", "Disk", "pod", "a")));
        assertThat(key.value()).matches("[0-9a-f]{64}")
                .isEqualTo(GroupKey.of(r, alert(Map.of("alertname", "Disk", "cluster", "eu", "pod", "b"))).value());
        assertThat(key.grouping())
                .containsExactly(Map.entry("labels.alertname", "Disk"), Map.entry("labels.cluster", "eu"));
        assertThat(key.groupingJson()).isEqualTo("{\"labels.alertname\":\"Disk\",\"labels.cluster\":\"eu\"}");
        Alert same = alert(Map.of("cluster", "eu", "alertname", "Disk"));
        assertThat(List.of(GroupKey.of(rule("r2", "default", Owner.CASES, "labels.cluster", "labels.alertname"), same),
                GroupKey.of(rule("r1", "soc", Owner.CASES, "labels.cluster", "labels.alertname"), same),
                GroupKey.of(rule("r1", "default", Owner.OBSERVABILITY, "labels.cluster", "labels.alertname"), same),
                GroupKey.of(r, alert(Map.of("cluster", "us", "alertname", "Disk")))))
                .extracting(GroupKey::value).doesNotContain(key.value()).doesNotHaveDuplicates();
    }

    @Test
    void aMissingFieldGroupsAsUnknownAndNoGroupByMeansOneGroup() {
        Rule r = rule("r1", "default", Owner.CASES, "labels.cluster");
        assertThat(GroupKey.of(r, alert(Map.of())).grouping()).containsExactly(Map.entry("labels.cluster", "unknown"));
        assertThat(GroupKey.of(r, alert(Map.of())).value())
                .isEqualTo(GroupKey.of(r, alert(Map.of("cluster", "unknown"))).value());
        Rule all = rule("all", "default", Owner.CASES);
        assertThat(GroupKey.of(all, alert(Map.of("a", "1"))).value())
                .isEqualTo(GroupKey.of(all, alert(Map.of("b", "2"))).value());
    }

    @Test
    void valuesWithSeparatorsOrQuotesDoNotCollide() {
        Rule r = rule("r", "default", Owner.CASES, "labels.a", "labels.b");
        assertThat(GroupKey.of(r, alert(Map.of("a", "x\",\"labels.b\":\"y", "b", "z"))).value())
                .isNotEqualTo(GroupKey.of(r, alert(Map.of("a", "x", "b", "y\",\"labels.b\":\"z"))).value());
        assertThat(StableJson.of(Map.of("k", "a\"b\\c\n"))).isEqualTo("{\"k\":\"a\\\"b\\\\c\\n\"}");
    }

    @Test
    void breakerPeriodsAreFixedAndAlignedSoEveryInstanceAgrees() {
        BreakerPeriod p = BreakerPeriod.of(Instant.parse("2031-03-03T10:59:59Z"), Duration.ofHours(1));
        assertThat(p.start()).isEqualTo(Instant.parse("2031-03-03T10:00:00Z"));
        assertThat(p.end()).isEqualTo(Instant.parse("2031-03-03T11:00:00Z"));
        Rule r = rule("r", "default", Owner.CASES);
        assertThat(BreakerPeriod.of(Instant.parse("2031-03-03T10:00:00Z"), Duration.ofHours(1)).key(r))
                .isEqualTo(p.key(r))
                .isNotEqualTo(BreakerPeriod.of(Instant.parse("2031-03-03T11:00:00Z"), Duration.ofHours(1)).key(r));
    }

    @Test
    void aCaseIdentityGivesOneRuleKeyAndCaseIdPerSeriesWindowAndContinuation() {
        CaseIdentity first = new CaseIdentity("r", "abc", 2, 0);
        CaseIdentity continued = new CaseIdentity("r", "abc", 2, 1);
        assertThat(first.ruleKey()).isEqualTo("abc:2:0");
        assertThat(first.caseId()).isEqualTo(new CaseIdentity("r", "abc", 2, 0).caseId())
                .isNotEqualTo(continued.caseId()).isNotEqualTo(new CaseIdentity("r", "abc", 3, 0).caseId());
        assertThat(continued.first()).isEqualTo(first);
        assertThat(CaseIdentity.seriesOf(continued.ruleKey())).isEqualTo("abc");
    }
}
