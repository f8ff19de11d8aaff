package io.casebook.domain.rules;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The deterministic identity of a case a rule opens: its series (a group, or a breaker period's storm), the
 * window counter, and the continuation number (0 for the first case, n for the n-th overflow). The same
 * inputs always give the same rule key and case id, so retries and racing instances meet on one case.
 */
public record CaseIdentity(String ruleId, String seriesKey, int counter, int continuation) {

    public CaseIdentity {
        if (seriesKey == null || seriesKey.isBlank() || seriesKey.contains(":")) {
            throw new IllegalArgumentException("a series key is a non-empty string without ':'");
        }
        if (counter < 1 || continuation < 0) {
            throw new IllegalArgumentException("counter starts at 1, continuation at 0");
        }
    }

    /** {@code <series key>:<counter>:<continuation>}, unique among cases. */
    public String ruleKey() {
        return seriesKey + ":" + counter + ":" + continuation;
    }

    public String caseId() {
        return UUID.nameUUIDFromBytes(("casebook-rule-case:" + ruleKey()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The first case of the same window (the one a continuation links back to). */
    public CaseIdentity first() {
        return new CaseIdentity(ruleId, seriesKey, counter, 0);
    }

    /** The series key of a stored rule key. */
    public static String seriesOf(String ruleKey) {
        int colon = ruleKey.indexOf(':');
        return colon < 0 ? ruleKey : ruleKey.substring(0, colon);
    }
}
