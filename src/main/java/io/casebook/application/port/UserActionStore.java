package io.casebook.application.port;

import io.casebook.domain.UserAction;

import java.util.List;

/** The append-only activity log of cases. */
public interface UserActionStore {

    void append(List<UserAction> actions);

    default void append(UserAction action) {
        append(List.of(action));
    }

    /** How many actions the case has, to enforce Kibana's per-case limit. */
    long countForCase(String caseId);
}
