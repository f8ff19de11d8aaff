package io.casebook.application.port;

import io.casebook.domain.UserAction;

import java.util.List;
import java.util.Set;

/** The append-only activity log of cases. */
public interface UserActionStore {

    void append(List<UserAction> actions);

    default void append(UserAction action) {
        append(List.of(action));
    }

    /** How many actions the case has, to enforce Kibana's per-case limit. */
    long countForCase(String caseId);

    /**
     * A page of the case's actions in log order (oldest first when {@code ascending}). {@code types} holds
     * type values and {@link io.casebook.domain.UserActionTypes#FILTERS pseudo-types}, OR-ed; empty = all.
     */
    UserActionPage find(String caseId, Set<String> types, boolean ascending, int offset, int limit);
}
