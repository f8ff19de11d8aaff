package io.casebook.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The attachment rules that need no database: duplicate filtering, closed cases, owners, type changes. */
class AttachmentRulesTest {

    static final AlertRule RULE = new AlertRule("r", "Rule");

    @Test
    void duplicateFilteringKeepsIdsAndIndicesAligned() {
        AttachedAlerts requested = new AttachedAlerts(List.of("a", "b", "c", "b", "d"),
                List.of("i-a", "i-b", "i-c", "i-b2", "i-d"), RULE);

        AttachedAlerts fresh = requested.without(Set.of("c")).orElseThrow();

        assertThat(fresh.alertIds()).containsExactly("a", "b", "d");
        assertThat(fresh.indices()).containsExactly("i-a", "i-b", "i-d");
        assertThat(requested.without(Set.of("a", "b", "c", "d"))).isEmpty();
    }

    @Test
    void alertsCannotJoinAClosedCaseButCommentsCan() {
        Case closed = new Case("c1", "default", Owner.CASES, Instant.parse("2024-01-01T00:00:00Z"), User.named("u"));
        closed.changeStatus(CaseStatus.CLOSED, User.named("u"), Instant.parse("2024-01-02T00:00:00Z"));

        assertThatThrownBy(() -> AttachmentRules.checkCanAttach(closed, Owner.CASES,
                new AttachedAlerts(List.of("a"), List.of("i"), RULE)))
                .hasMessage("Alert cannot be attached to a closed case");
        AttachmentRules.checkCanAttach(closed, Owner.CASES, new UserComment("still allowed"));
        assertThatThrownBy(() -> AttachmentRules.checkCanAttach(closed, Owner.OBSERVABILITY, new UserComment("x")))
                .hasMessage("The owner field of the comment must match the case");
    }

    @Test
    void limitsPassAtTheEdgeAndFailOnePast() {
        AttachmentRules.checkAlertsPerCase(999, 1);
        assertThatThrownBy(() -> AttachmentRules.checkAlertsPerCase(1000, 1))
                .hasMessage("Case has reached the maximum allowed number (1000) of attached alerts.");
        AttachmentRules.checkCasesPerAlert(9);
        assertThatThrownBy(() -> AttachmentRules.checkCasesPerAlert(10))
                .hasMessage("You cannot attach more than 10 cases to an alert");
    }

    @Test
    void anAttachmentKeepsItsTypeAndOwner() {
        Attachment a = new Attachment("a1", "c1", "default", Owner.CASES, new UserComment("v1"),
                Instant.parse("2024-01-01T00:00:00Z"), User.named("u"));

        assertThatThrownBy(() -> a.replaceContent(new AttachedAlerts(List.of("x"), List.of("i"), RULE), "cases",
                User.named("u"), Instant.now())).hasMessage("You cannot change the type of the comment.");
        assertThatThrownBy(() -> a.replaceContent(new UserComment("v2"), "observability", User.named("u"),
                Instant.now())).hasMessage("You cannot change the owner of the comment.");
        a.replaceContent(new UserComment("v2"), "cases", User.named("v"), Instant.parse("2024-01-03T00:00:00Z"));
        assertThat(((UserComment) a.getContent()).comment()).isEqualTo("v2");
        assertThat(a.getUpdatedBy()).isEqualTo(User.named("v"));
    }
}
