package io.casebook.adapter.out.jdbc;

import io.casebook.domain.UserActionTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The WHERE fragment for user_actions/_find's {@code types}: each value is a condition, OR-ed, as Kibana's
 * {@code UserActionFinder.buildFilter} does. Pseudo-types test {@code comment_type} (payload.comment.type).
 */
final class UserActionFilterSql {

    /** Kibana's "action": {@code not payload.comment.type: user}, which also matches actions with no comment. */
    private static final String ACTION = "(comment_type IS NULL OR comment_type <> 'user')";
    private static final String USER = "(type = 'comment' AND comment_type = 'user' AND action = 'create')";
    private static final String ALERT = "(type = 'comment' AND comment_type = 'alert')";
    private static final String ATTACHMENT =
            "(type = 'comment' AND comment_type IN ('persistableState', 'externalReference'))";

    /** Name of the list parameter holding the plain type values; bind it when {@link #plainTypes} is not empty. */
    static final String TYPES_PARAM = "types";

    private UserActionFilterSql() {
    }

    /** " AND (...)" for the filter, or "" when {@code types} is empty (no filtering). */
    static String where(Set<String> types) {
        if (types.isEmpty()) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        if (!plainTypes(types).isEmpty()) {
            conditions.add("type IN (<" + TYPES_PARAM + ">)");
        }
        if (types.contains(UserActionTypes.FILTER_ACTION)) {
            conditions.add(ACTION);
        }
        if (types.contains(UserActionTypes.FILTER_USER)) {
            conditions.add(USER);
        }
        if (types.contains(UserActionTypes.FILTER_ALERT)) {
            conditions.add(ALERT);
        }
        if (types.contains(UserActionTypes.FILTER_ATTACHMENT)) {
            conditions.add(ATTACHMENT);
        }
        return " AND (" + String.join(" OR ", conditions) + ")";
    }

    /** The values that name a real type (not a pseudo-type). */
    static List<String> plainTypes(Set<String> types) {
        return types.stream().filter(t -> !UserActionTypes.FILTERS.contains(t)).sorted().toList();
    }
}
