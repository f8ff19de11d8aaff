package io.casebook.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * One push as a connector sees it, already shaped by Kibana's pipeline: the description and comments carry
 * their "Added by" suffix, {@code comments} holds only what changed since the last push (plus the alerts
 * summary when alerts were added), {@code fields} is the case's connector fields (Jira: issueType...) and
 * {@code severity} and {@code status} the case's own in Kibana's words ({@code low}...{@code critical},
 * {@code open}...{@code closed}; TheHive maps severity, the webhook's templates see both).
 */
public record PushRequest(String caseId, String externalId, String title, String description, List<String> tags,
                          Map<String, Object> fields, List<String> comments, String severity,
                          String status) {

    public PushRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(fields));
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** The case's connector field as text, null when absent or blank. */
    public String field(String key) {
        Object value = fields.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
