package io.casebook.application.connectors;

import io.casebook.application.port.LoggedUserAction;
import io.casebook.connector.spi.PushRequest;
import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentType;
import io.casebook.domain.Case;
import io.casebook.domain.UserAction;
import io.casebook.domain.UserActionTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one push to one connector sends, read from the case's log as Kibana's {@code push.ts} does: the last
 * {@code pushed} action for that connector gives the external id, and the comment actions after it say which
 * user comments were added or edited, and whether alerts were attached, since then. Comments an earlier attempt
 * of the same push already delivered ({@code sent}, by {@link PlannedComment#sentKey()}) are left out.
 */
record PushPlan(String externalId, List<PlannedComment> comments) {

    /**
     * A comment to send and the key that marks it delivered to the connector: one version of one comment, so
     * a comment edited after an attempt sent it is sent again in its new words.
     */
    record PlannedComment(PushRequest.Comment comment, String sentKey) {
    }

    static PushPlan of(Case c, String connectorId, List<LoggedUserAction> log, List<Attachment> attachments,
                       Set<String> sent) {
        int lastPush = -1;
        String externalId = null;
        for (int i = 0; i < log.size(); i++) {
            UserAction a = log.get(i).action();
            if (connectorId.equals(pushedConnector(a))) {
                lastPush = i;
                externalId = (String) externalService(a).get("external_id");
            }
        }
        Map<String, Attachment> byId = new HashMap<>();
        attachments.forEach(at -> byId.put(at.getId(), at));
        Set<String> changed = new HashSet<>();
        String newestAlert = null;
        for (UserAction a : log.subList(lastPush + 1, log.size()).stream().map(LoggedUserAction::action).toList()) {
            if (UserActionTypes.COMMENT.equals(a.type()) && a.commentId() != null && !"delete".equals(a.action())) {
                changed.add(a.commentId());
                Attachment at = byId.get(a.commentId());
                if (at != null && at.type() == AttachmentType.ALERT) {
                    newestAlert = at.getId();
                }
            }
        }
        List<PlannedComment> comments = new ArrayList<>();
        for (Attachment at : attachments) {
            if (at.type() == AttachmentType.USER && changed.contains(at.getId())) {
                comments.add(new PlannedComment(new PushRequest.Comment(at.getId(), withAuthor(at)),
                        at.getId() + "@" + at.getVersion()));
            }
        }
        // Kibana #274441: the summary goes out only when alerts were attached since the last push, not each time;
        // keyed by the newest alert it counts, so alerts attached after an attempt sent it make a new one.
        if (newestAlert != null) {
            String id = c.getId() + "-total-alerts";
            comments.add(new PlannedComment(new PushRequest.Comment(id,
                    "Elastic Alerts attached to the case: " + c.getTotalAlerts()), id + "@" + newestAlert));
        }
        return new PushPlan(externalId, comments.stream().filter(p -> !sent.contains(p.sentKey())).toList());
    }

    /** Kibana credits the last editor of a comment, else its author. */
    private static String withAuthor(Attachment comment) {
        var by = comment.getUpdatedBy() != null ? comment.getUpdatedBy() : comment.getCreatedBy();
        String text = ((io.casebook.domain.UserComment) comment.getContent()).comment();
        return text + "\n\nAdded by " + by.displayName() + ".";
    }

    /** A {@code pushed} action's {@code payload.externalService}; empty for any other action. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> externalService(UserAction a) {
        Object value = a.payload() == null ? null : a.payload().get("externalService");
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The connector a {@code pushed} action pushed to; null for any other action. */
    static String pushedConnector(UserAction a) {
        if (!"pushed".equals(a.type())) {
            return null;
        }
        Object id = externalService(a).get("connector_id");
        return id == null ? null : id.toString();
    }
}
