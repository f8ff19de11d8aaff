package io.casebook.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * One push as a connector sees it, already shaped by Kibana's pipeline: the description and comments carry
 * their "Added by" suffix, {@code comments} holds only what changed since the last push and was not already
 * sent by an earlier attempt (plus the alerts summary when alerts were added), {@code fields} is the case's
 * connector fields (Jira: issueType...) and {@code severity} and {@code status} the case's own in Kibana's words
 * ({@code low}...{@code critical}, {@code open}...{@code closed}; TheHive maps severity, the webhook's templates
 * see both). A pusher calls {@link #sent(Comment)} as soon as the external system accepted a comment, so a
 * retry of a push that failed part-way does not send that comment again. {@code alerts} are the stored alerts
 * attached to the case, all of them, as Kibana's push reads them for connector formats (ServiceNow SecOps); the
 * engine may read them only when a connector first asks, so the list is kept as given.
 */
public record PushRequest(String caseId, String externalId, String title, String description, List<String> tags,
                          Map<String, Object> fields, List<Comment> comments, String severity,
                          String status, CommentListener listener, List<CaseAlert> alerts) {

    /** One comment to add: {@code id} names it within the push (Kibana's {@code commentId}), {@code text} is sent. */
    public record Comment(String id, String text) {
    }

    /** Told of each comment the external system accepted, before the push goes on to the next call. */
    @FunctionalInterface
    public interface CommentListener {

        CommentListener NONE = comment -> { };

        void sent(Comment comment);
    }

    public PushRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(fields));
        comments = comments == null ? List.of() : List.copyOf(comments);
        listener = listener == null ? CommentListener.NONE : listener;
        alerts = alerts == null ? List.of() : java.util.Collections.unmodifiableList(alerts);
    }

    /** A push nobody needs to hear about comment by comment and that carries no alerts (test calls). */
    public PushRequest(String caseId, String externalId, String title, String description, List<String> tags,
                       Map<String, Object> fields, List<Comment> comments, String severity, String status) {
        this(caseId, externalId, title, description, tags, fields, comments, severity, status, CommentListener.NONE,
                List.of());
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

    /** The external system accepted {@code comment}: call right after its call succeeded. */
    public void sent(Comment comment) {
        listener.sent(comment);
    }
}
