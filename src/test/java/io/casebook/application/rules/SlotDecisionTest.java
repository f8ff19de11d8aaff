package io.casebook.application.rules;

import io.casebook.domain.Case;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.Owner;
import io.casebook.domain.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Kibana's oracle decision: the window first (from when the case opened), then a closed case. */
class SlotDecisionTest {

    static final Instant OPENED = Instant.parse("2031-01-01T00:00:00Z");
    static final Duration WINDOW = Duration.ofHours(1);
    static final GroupState WITH_CASE = GroupState.fresh("k", GroupState.Kind.GROUP, "r", "default", Owner.CASES, "{}")
            .withCase(1, 0, "case-1", OPENED);

    private static Case c(CaseStatus status, User closedBy) {
        Case c = new Case("case-1", "default", Owner.CASES, OPENED, User.named("x"));
        if (status == CaseStatus.CLOSED) {
            c.changeStatus(CaseStatus.CLOSED, closedBy, OPENED.plusSeconds(60));
        }
        return c;
    }

    private static SlotDecision.Step decide(GroupState s, Optional<Case> c, boolean reopen, Instant now) {
        return SlotDecision.decide(s, c, WINDOW, reopen, now).step();
    }

    @Test
    void aGroupWithoutACaseOpensOne() {
        GroupState fresh = GroupState.fresh("k", GroupState.Kind.GROUP, "r", "default", Owner.CASES, "{}");
        assertThat(decide(fresh, Optional.empty(), false, OPENED)).isEqualTo(SlotDecision.Step.NEW_CASE);
        assertThat(decide(null, Optional.empty(), false, OPENED)).isEqualTo(SlotDecision.Step.NEW_CASE);
    }

    @Test
    void theWindowEndsExactlyAtOpenedPlusWindow() {
        Optional<Case> open = Optional.of(c(CaseStatus.OPEN, null));
        assertThat(decide(WITH_CASE, open, false, OPENED.plus(WINDOW).minusMillis(1)))
                .isEqualTo(SlotDecision.Step.JOIN);
        assertThat(decide(WITH_CASE, open, false, OPENED.plus(WINDOW))).isEqualTo(SlotDecision.Step.NEW_CASE);
    }

    @Test
    void aClosedCaseIsReopenedOnlyWhenTheRuleSaysSoUnlessTheRulesClosedIt() {
        Optional<Case> byAnalyst = Optional.of(c(CaseStatus.CLOSED, User.named("analyst")));
        Optional<Case> byRules = Optional.of(c(CaseStatus.CLOSED, RulesUser.USER));
        Instant now = OPENED.plusSeconds(120);
        assertThat(decide(WITH_CASE, byAnalyst, true, now)).isEqualTo(SlotDecision.Step.REOPEN);
        assertThat(decide(WITH_CASE, byAnalyst, false, now)).isEqualTo(SlotDecision.Step.NEW_CASE);
        assertThat(decide(WITH_CASE, byRules, false, now)).isEqualTo(SlotDecision.Step.REOPEN);
        assertThat(decide(WITH_CASE, byRules, false, OPENED.plus(WINDOW))).as("window first")
                .isEqualTo(SlotDecision.Step.NEW_CASE);
    }

    @Test
    void aDeletedCaseIsOpenedAgainUnderTheSameIdentityWithinItsWindow() {
        assertThat(decide(WITH_CASE, Optional.empty(), false, OPENED.plusSeconds(1)))
                .isEqualTo(SlotDecision.Step.RECREATE);
    }
}
