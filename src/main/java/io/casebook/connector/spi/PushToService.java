package io.casebook.connector.spi;

import io.casebook.connector.spi.ConnectorPusher.ExternalRecord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Kibana's {@code pushToService} sub-action as every case connector shares it: params {@code {incident:
 * {externalId, ...}, comments: [{commentId, comment}]}} in, {@code {id, title, url, pushedDate, comments:
 * [{commentId, pushedDate}]}} out. The type reads its own incident fields and runs its own pusher.
 */
public final class PushToService {

    /** Kibana's {@code Date.toISOString()}: always milliseconds and {@code Z}. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One comment to add; {@code commentId} is the caller's, echoed back. */
    public record Comment(String commentId, String comment) {
    }

    private final SubActionParams incident;
    private final String externalId;
    private final List<Comment> comments;

    private PushToService(SubActionParams incident, String externalId, List<Comment> comments) {
        this.incident = incident;
        this.externalId = externalId;
        this.comments = comments;
    }

    /** Reads the shared shape; comments without text are skipped, as Kibana's Jira and webhook do. */
    public static PushToService read(Map<String, Object> params) {
        SubActionParams root = SubActionParams.of(params);
        SubActionParams incident = root.object("incident");
        List<Comment> comments = new ArrayList<>();
        for (SubActionParams c : root.objects("comments")) {
            String text = c.text("comment");
            String id = c.text("commentId");
            if (!text.isEmpty()) {
                comments.add(new Comment(id, text));
            }
        }
        return new PushToService(incident, incident.optionalText("externalId"), List.copyOf(comments));
    }

    /** The incident's own fields, for the type to read. */
    public SubActionParams incident() {
        return incident;
    }

    /** The record to update, null to create one. */
    public String externalId() {
        return externalId;
    }

    public List<Comment> comments() {
        return comments;
    }

    /** The comments as the type's pusher takes them. */
    public List<PushRequest.Comment> requestComments() {
        return comments.stream().map(c -> new PushRequest.Comment(c.commentId(), c.comment())).toList();
    }

    /**
     * The case id a push carries when the caller names none: a fresh one, so the pusher's look-up of a record
     * made by an earlier retried create (label, tag, correlation id) can only find this call's own record.
     */
    public static String caseIdOr(String given) {
        return given == null || given.isBlank() ? UUID.randomUUID().toString() : given;
    }

    /**
     * Kibana's answer. {@code pushedDate} is when the push completed here: the pushers return no vendor
     * timestamp, and Kibana's webhook connector uses the push time too.
     */
    public Map<String, Object> answer(ExternalRecord record, Instant pushed) {
        String pushedDate = ISO.format(pushed.truncatedTo(ChronoUnit.MILLIS));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", record.id());
        answer.put("title", record.title());
        answer.put("url", record.url());
        answer.put("pushedDate", pushedDate);
        if (!comments.isEmpty()) {
            answer.put("comments", comments.stream().map(c -> {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("commentId", c.commentId());
                comment.put("pushedDate", pushedDate);
                return comment;
            }).toList());
        }
        return answer;
    }
}
