package io.casebook.domain;

import java.util.Collection;
import java.util.List;

/**
 * Casebook's answer to Kibana #216024, a configure option: push a case to its connector on its own when one of
 * the watched kinds of change happens (named as Kibana's user action types: {@code title}, {@code comment}...).
 * Enabled without fields watches what Kibana counts as needing a push: title, description, tags, comments.
 */
public record PushOnChange(boolean enabled, List<String> fields) {

    public static final PushOnChange OFF = new PushOnChange(false, List.of());
    public static final List<String> WATCHABLE = List.of("title", "description", "tags", "comment", "severity",
            "status", "assignees", "category", "customFields", "connector", "settings");
    public static final List<String> DEFAULT_FIELDS = List.of("title", "description", "tags", "comment");

    public PushOnChange {
        fields = fields == null || fields.isEmpty() ? (enabled ? DEFAULT_FIELDS : List.of()) : List.copyOf(fields);
        for (String field : fields) {
            if (!WATCHABLE.contains(field)) {
                throw CasesException.invalid("Invalid value \"" + field + "\" supplied to \"push_on_change.fields\"; "
                        + "expected one of " + String.join(", ", WATCHABLE));
            }
        }
    }

    /** Whether a change made of these user action types should be pushed. */
    public boolean watches(Collection<String> actionTypes) {
        return enabled && actionTypes.stream().anyMatch(fields::contains);
    }
}
