package io.casebook.application.attachments;

import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.AttachmentContent;
import io.casebook.domain.Owner;
import io.casebook.domain.UserComment;

import java.util.LinkedHashMap;
import java.util.Map;

/** Payloads of {@code comment} user actions: {@code {comment: {...the attachment request...}}}, as Kibana's. */
final class AttachmentPayloads {

    private AttachmentPayloads() {
    }

    static Map<String, Object> comment(AttachmentContent content, Owner owner) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        if (content instanceof AttachedAlerts alerts) {
            attachment.put("type", alerts.type().wire());
            attachment.put("alertId", alerts.alertIds());
            attachment.put("index", alerts.indices());
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", alerts.rule().id());
            rule.put("name", alerts.rule().name());
            attachment.put("rule", rule);
        } else {
            UserComment comment = (UserComment) content;
            attachment.put("comment", comment.comment());
            attachment.put("type", comment.type().wire());
        }
        attachment.put("owner", owner.wire());
        return Map.of("comment", attachment);
    }
}
