package io.casebook.domain;

import java.util.Set;

/**
 * Kibana's user-action {@code type} values, and the pseudo-types its {@code user_actions/_find} also accepts
 * as filters (they select comment actions by the kind of attachment, see {@code UserActionFinder}).
 */
public final class UserActionTypes {

    public static final String COMMENT = "comment";

    /** Every type Kibana records (its list only ever grows). */
    public static final Set<String> TYPES = Set.of("assignees", COMMENT, "connector", "description", "pushed", "tags",
            "title", "status", "settings", "severity", "create_case", "delete_case", "category", "customFields",
            "observables");

    /** Everything except the creation, edit or deletion of user comments. */
    public static final String FILTER_ACTION = "action";
    /** User comments that were added. */
    public static final String FILTER_USER = "user";
    /** Alert attachments (added or removed). */
    public static final String FILTER_ALERT = "alert";
    /** Persistable-state and external-reference attachments. */
    public static final String FILTER_ATTACHMENT = "attachment";

    public static final Set<String> FILTERS = Set.of(FILTER_ACTION, FILTER_USER, FILTER_ALERT, FILTER_ATTACHMENT);

    private UserActionTypes() {
    }

    /** True for a value {@code types} may carry: a type or a pseudo-type. */
    public static boolean isFilter(String value) {
        return TYPES.contains(value) || FILTERS.contains(value);
    }
}
