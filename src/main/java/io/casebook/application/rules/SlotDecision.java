package io.casebook.application.rules;

import io.casebook.domain.Case;
import io.casebook.domain.CaseStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the next firing alert of a group (or of a storm period) does to its case: Kibana's oracle decision
 * (window first, then a closed case), taken in one place for routing and for dry runs, with the reason.
 */
public record SlotDecision(Step step, String reason) {

    /** Join the current case, reopen it, open it again after a deletion, or open a new one. */
    public enum Step { JOIN, REOPEN, RECREATE, NEW_CASE }

    public static SlotDecision decide(GroupState state, Optional<Case> current, Duration window,
                                      boolean reopenClosed, Instant now) {
        if (state == null || state.caseId() == null) {
            return new SlotDecision(Step.NEW_CASE, "the group has no case yet");
        }
        Instant end = state.openedAt().plus(window);
        if (!now.isBefore(end)) {
            return new SlotDecision(Step.NEW_CASE, "the window of its case ended at " + end);
        }
        if (current.isEmpty()) {
            return new SlotDecision(Step.RECREATE, "its case was deleted: it is opened again under the same identity");
        }
        Case c = current.get();
        if (c.getStatus() != CaseStatus.CLOSED) {
            return new SlotDecision(Step.JOIN, "its case is " + c.getStatus().wire() + " and its window runs until "
                    + end);
        }
        if (RulesUser.closed(c)) {
            // Closed because every alert resolved: an alert firing again within the window is the same incident.
            return new SlotDecision(Step.REOPEN, "its case was closed when all its alerts resolved, and an alert "
                    + "fires again within the window");
        }
        if (reopenClosed) {
            return new SlotDecision(Step.REOPEN, "its case is closed and the rule reopens closed cases");
        }
        return new SlotDecision(Step.NEW_CASE, "its case #" + c.getIncrementalId()
                + " is closed and the rule does not reopen closed cases");
    }
}
