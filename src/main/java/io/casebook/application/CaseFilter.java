package io.casebook.application;

import io.casebook.domain.CaseLimits;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.FieldRules;
import io.casebook.domain.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The filters of Kibana's case list ({@code _find}, {@code status}); every non-empty filter narrows the result,
 * values within one filter are alternatives. Validates Kibana's array limits in its constructor.
 *
 * @param owners     owner wire names; an owner nobody has simply matches nothing, as in Kibana
 * @param assignees  profile uids; {@link #NO_ASSIGNEES} asks for unassigned cases
 * @param reporters  usernames of the cases' creators
 * @param from       inclusive lower bound on {@code created_at}, or null
 * @param to         inclusive upper bound on {@code created_at}, or null
 */
public record CaseFilter(List<String> owners, Set<CaseStatus> statuses, Set<Severity> severities,
                         List<String> tags, List<String> assignees, List<String> reporters,
                         List<String> categories, Instant from, Instant to) {

    /** Kibana's NO_ASSIGNEES_FILTERING_KEYWORD. */
    public static final String NO_ASSIGNEES = "none";

    public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null, null, null);

    public CaseFilter {
        owners = copy(owners);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        tags = copy(FieldRules.requireMaxItems("tags", tags, CaseLimits.MAX_FILTER_LENGTH));
        assignees = copy(FieldRules.requireMaxItems("assignees", assignees, CaseLimits.MAX_FILTER_LENGTH));
        reporters = copy(FieldRules.requireMaxItems("reporters", reporters, CaseLimits.MAX_FILTER_LENGTH));
        categories = copy(FieldRules.requireMaxItems("category", categories, CaseLimits.MAX_FILTER_LENGTH));
    }

    /** Only the owner and creation-date filters: what {@code GET /api/cases/status} accepts. */
    public static CaseFilter ownersAndDates(List<String> owners, Instant from, Instant to) {
        return new CaseFilter(owners, null, null, null, null, null, null, from, to);
    }

    /** The same filters limited to {@code owners} (the readable owners the caller asked for). */
    public CaseFilter withOwners(List<String> owners) {
        return new CaseFilter(owners, statuses, severities, tags, assignees, reporters, categories, from, to);
    }

    /** The same filters without the status one: Kibana counts open/in-progress/closed over these. */
    public CaseFilter withoutStatus() {
        return new CaseFilter(owners, null, severities, tags, assignees, reporters, categories, from, to);
    }

    /** The assignee uids asked for, without the {@code none} keyword. */
    public List<String> assigneeUids() {
        return assignees.stream().filter(uid -> !NO_ASSIGNEES.equals(uid)).toList();
    }

    /** Whether unassigned cases match (the {@code none} keyword was given). */
    public boolean includesUnassigned() {
        return assignees.contains(NO_ASSIGNEES);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
