package io.casebook.application.rules;

import io.casebook.application.port.RuleGroupStore;
import io.casebook.domain.rules.CaseIdentity;

import java.time.Instant;

/** A group or breaker row the routing transaction holds locked; every change is written through at once. */
final class Slot {

    private final RuleGroupStore store;
    private GroupState state;

    Slot(RuleGroupStore store, GroupState state) {
        this.store = store;
        this.state = state;
    }

    GroupState state() {
        return state;
    }

    String key() {
        return state.key();
    }

    /** The identity of the case now receiving the group's alerts (its counter and continuation). */
    CaseIdentity current() {
        return new CaseIdentity(state.ruleId(), state.key(), state.counter(), state.continuation());
    }

    void update(GroupState next, Instant now) {
        state = next;
        store.save(next, now);
    }
}
