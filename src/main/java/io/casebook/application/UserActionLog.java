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

/** Writes user actions for a case, enforcing Kibana's per-case limit of 10,000 actions. */
public class UserActionLog {

    private final UserActionStore store;

    public UserActionLog(UserActionStore store) {
        this.store = store;
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
    }

    public void record(Case c, UserAction action) {
        record(c, List.of(action));
    }
}
