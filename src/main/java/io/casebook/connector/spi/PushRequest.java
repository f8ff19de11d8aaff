package io.casebook.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * One push as a connector sees it, already shaped by Kibana's pipeline: the description and comments carry
 * their "Added by" suffix, {@code comments} holds only what changed since the last push (plus the alerts
 * summary when alerts were added), {@code fields} is the case's connector fields (Jira: issueType...) and
 * {@code severity} and {@code status} the case's own in Kibana's words ({@code low}...{@code critical},
 * {@code open}...{@code closed}; TheHive maps severity, the webhook's templates see both). {@code alerts} are
 * the stored alerts attached to the case, all of them, as Kibana's push reads them for connector formats
 * (ServiceNow SecOps); the engine may read them only when a connector first asks, so the list is kept as given.
 */
public record PushRequest(String caseId, String externalId, String title, String description, List<String> tags,
                          Map<String, Object> fields, List<String> comments, String severity,
                          String status, List<CaseAlert> alerts) {

    public PushRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(fields));
        comments = comments == null ? List.of() : List.copyOf(comments);
        alerts = alerts == null ? List.of() : java.util.Collections.unmodifiableList(alerts);
    }

    /** A push that carries no alerts (test calls, and connectors that never read them). */
    public PushRequest(String caseId, String externalId, String title, String description, List<String> tags,
                       Map<String, Object> fields, List<String> comments, String severity, String status) {
        this(caseId, externalId, title, description, tags, fields, comments, severity, status, List.of());
    }

    /** The case's connector field as text, null when absent or blank. */
    public String field(String key) {
        Object value = fields.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** Whether the case's connector field is true (a JSON boolean, or its text as forms send it). */
    public boolean flag(String key) {
        Object value = fields.get(key);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }
}
