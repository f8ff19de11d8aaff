package io.casebook.application.rules;

import io.casebook.domain.Owner;

import java.time.Instant;

/**
 * One row of Kibana's oracle as stored: a group of a rule (or a rule's breaker period), the window counter
 * (starts at 1), the continuation in use, the case receiving its alerts (null before the first one opens, or
 * when its case was never opened), when that window opened, and for a breaker how many cases it let open.
 */
public record GroupState(String key, Kind kind, String ruleId, String space, Owner owner, String grouping,
                         int counter, int continuation, String caseId, Instant openedAt, int casesOpened) {

    /** A group of alerts, or a rule's breaker for one period (whose case is the period's storm case). */
    public enum Kind {
        GROUP, BREAKER;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The row to insert when the key is seen for the first time. */
    public static GroupState fresh(String key, Kind kind, String ruleId, String space, Owner owner, String grouping) {
        return new GroupState(key, kind, ruleId, space, owner, grouping, 1, 0, null, null, 0);
    }

    public GroupState withCase(int newCounter, int newContinuation, String newCaseId, Instant newOpenedAt) {
        return new GroupState(key, kind, ruleId, space, owner, grouping, newCounter, newContinuation, newCaseId,
                newOpenedAt, casesOpened);
    }

    public GroupState withCasesOpened(int opened) {
        return new GroupState(key, kind, ruleId, space, owner, grouping, counter, continuation, caseId, openedAt,
                opened);
    }
}
