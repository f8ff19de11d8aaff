package io.casebook.application.rules;

import io.casebook.domain.alert.Alert;

import java.util.List;
import java.util.Map;

/** What the rules would do with one alert, changing nothing: every rule that takes it, or none (dropped). */
public record DryRunResult(Alert alert, List<Match> matches) {

    public DryRunResult {
        matches = List.copyOf(matches);
    }

    /** A rule that takes the alert: the group it puts it in, and what would happen to which case. */
    public record Match(String ruleId, String ruleName, Map<String, String> grouping, String groupKey,
                        Outcome outcome) {
    }

    /**
     * The case the alert would go to: {@code join}, {@code reopen}, {@code continuation}, {@code new},
     * {@code recreate}, {@code storm}, {@code already-attached}, {@code resolve} or {@code none}; the case when
     * it exists (id, number, title, status) or the title a new one would get; and why.
     */
    public record Outcome(String action, String reason, String caseId, Long incrementalId, String title,
                          String status) {

        static Outcome of(String action, String reason) {
            return new Outcome(action, reason, null, null, null, null);
        }

        static Outcome of(String action, String reason, io.casebook.domain.Case c) {
            return new Outcome(action, reason, c.getId(), c.getIncrementalId(), c.getTitle(), c.getStatus().wire());
        }

        static Outcome newCase(String action, String reason, String title) {
            return new Outcome(action, reason, null, null, title, null);
        }
    }
}
