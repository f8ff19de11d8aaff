package io.casebook.application;

import io.casebook.application.port.UserActionStore;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CasesException;
import io.casebook.domain.User;
import io.casebook.domain.UserAction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes user actions for a case, enforcing Kibana's per-case limit of 10,000 actions, and tells the listener
 * (auto-push) of the change in the same transaction. Every change to a case passes here.
 */
public class UserActionLog {

    private final UserActionStore store;
    private final CaseChangeListener listener;

    public UserActionLog(UserActionStore store) {
        this(store, CaseChangeListener.NONE);
    }

    public UserActionLog(UserActionStore store, CaseChangeListener listener) {
        this.store = store;
        this.listener = listener;
    }

    /** Builds one action (not yet written). */
    public static UserAction action(Case c, String type, String action, Map<String, Object> payload,
                                    String commentId, User by, Instant at) {
        return new UserAction(UUID.randomUUID().toString(), c.getId(), c.getSpace(), c.getOwner(), type, action,
                payload, commentId, at, by);
    }

    /** Writes the actions of one change to one case, refusing the change if the case would pass the limit. */
    public void record(Case c, List<UserAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        if (store.countForCase(c.getId()) + actions.size() > CaseLimits.MAX_USER_ACTIONS_PER_CASE) {
            throw CasesException.invalid("The case with id " + c.getId() + " has reached the limit of "
                    + CaseLimits.MAX_USER_ACTIONS_PER_CASE + " user actions.");
        }
        store.append(actions);
        listener.changed(c, actions);
    }

    public void record(Case c, UserAction action) {
        record(c, List.of(action));
    }
}
