package io.casebook.domain.rules;

import io.casebook.domain.ConnectorRef;
import io.casebook.domain.Owner;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule targeted at an alert's integration: its space and owner win, and it groups apart from the rule's own. */
class IntegrationTargetRuleTest {

    private static final Rule RULE = new Rule("r", null, null, false, Owner.CASES, "default", List.of("labels.team"),
            null, false, new CaseTemplate("t", null, null, null, null, null, null, ConnectorRef.NONE, false), 1000,
            null, null, false);

    private static Alert alert(Map<String, String> labels) {
        return new Alert("src", "fp", AlertStatus.FIRING, null, "title", null, labels, Map.of(), null, null, null, null,
                null);
    }

    @Test
    void anIntegrationsSpaceAndOwnerWinOverTheRules() {
        Alert viaIntegration = alert(Map.of("team", "a", "integration_space", "payments",
                "integration_owner", "securitySolution"));

        Rule targeted = new RuleSet(List.of(RULE)).rulesFor(viaIntegration).get(0);

        assertThat(targeted.space()).isEqualTo("payments");
        assertThat(targeted.owner()).isEqualTo(Owner.SECURITY_SOLUTION);
        assertThat(targeted.id()).isEqualTo("r");
        assertThat(GroupKey.of(targeted, viaIntegration).value())
                .isNotEqualTo(GroupKey.of(RULE, alert(Map.of("team", "a"))).value());
    }

    @Test
    void anAlertWithoutAnIntegrationGoesWhereTheRuleSays() {
        assertThat(RULE.targetedFor(alert(Map.of("team", "a")))).isSameAs(RULE);
        // A value that names no owner leaves the rule's owner (only the engine sets it, from a checked file).
        Rule odd = RULE.targetedFor(alert(Map.of("integration_owner", "nobody")));
        assertThat(odd.owner()).isEqualTo(Owner.CASES);
    }

    @Test
    void senderLabelsAreRemovedBeforeTheEngineStampsItsOwn() {
        Alert forged = alert(Map.of("team", "a", "integration", "x", "integration_space", "payments",
                "integration_owner", "securitySolution"));

        assertThat(IntegrationTarget.withoutTarget(forged).labels())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "a", "integration", "x"));
    }
}
