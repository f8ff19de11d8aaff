package io.casebook.connectors.webhook;

import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.PushRequest;

import java.util.Map;
import java.util.Optional;

/**
 * Kibana's webhook push (SC {@code cases_webhook/service.ts}): create and read the id at the response key, or
 * update; then GET the incident for its title, render the view URL, and send the comments when configured.
 * Creates are made idempotent by an optional look-up by case id and an {@code Idempotency-Key} header.
 */
final class CasesWebhookPusher implements ConnectorPusher {

    /**
     * The IETF draft's header (draft-ietf-httpapi-idempotency-key-header), keyed by the case, so a system
     * that honours it answers a retried create with the incident the first attempt made.
     */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String LOOKUP_URL = "getIncidentByCaseIdUrl";
    static final String LOOKUP_KEY = "getIncidentByCaseIdResponseKey";

    private final Map<String, Object> config;
    private final CasesWebhookClient client;

    CasesWebhookPusher(Map<String, Object> config, CasesWebhookClient client) {
        this.config = config;
        this.client = client;
    }

    @Override
    public ExternalRecord push(PushRequest request) {
        Map<String, Object> caseScope = WebhookTemplates.caseScope(request, null);
        String id = request.externalId();
        if (id == null) {
            id = findByCaseId(request).orElse(null);
        }
        if (id == null) {
            String body = WebhookTemplates.json("createIncidentJson", text("createIncidentJson"), caseScope, null, null);
            id = CasesWebhookClient.valueAt(client.send("create case", method("createIncidentMethod", "post"),
                    WebhookTemplates.url("createIncidentUrl", text("createIncidentUrl"), null, null), body,
                    Map.of(IDEMPOTENCY_KEY, "casebook-" + request.caseId())), text("createIncidentResponseKey"),
                    "create case");
        } else {
            String body = WebhookTemplates.json("updateIncidentJson", text("updateIncidentJson"), caseScope, id, null);
            client.send("update case", method("updateIncidentMethod", "put"),
                    WebhookTemplates.url("updateIncidentUrl", text("updateIncidentUrl"), id, null), body);
        }
        String title = new IncidentReader(config, client).title(id);
        if (commentsConfigured()) {
            for (PushRequest.Comment comment : request.comments()) {
                String body = WebhookTemplates.json("createCommentJson", text("createCommentJson"),
                        WebhookTemplates.caseScope(request, comment.text()), id, title);
                client.send("create comment", method("createCommentMethod", "put"),
                        WebhookTemplates.url("createCommentUrl", text("createCommentUrl"), id, title), body);
                request.sent(comment);
            }
        }
        return new ExternalRecord(id, title, WebhookTemplates.url("viewIncidentUrl", text("viewIncidentUrl"), id, title));
    }

    /**
     * Kibana's webhook has no look-up, so a create retried after a lost reply would make a second incident.
     * When {@code getIncidentByCaseIdUrl} is configured, the incident already made for the case is found there
     * and updated instead; a 404 or an empty key means there is none yet.
     */
    private Optional<String> findByCaseId(PushRequest request) {
        String template = text(LOOKUP_URL);
        if (template == null) {
            return Optional.empty();
        }
        return client.find("find case", WebhookTemplates.caseUrl(LOOKUP_URL, template, request))
                .flatMap(reply -> CasesWebhookClient.optionalValueAt(reply, text(LOOKUP_KEY)));
    }

    /** Kibana sends comments only when the URL, the method and the JSON are all set. */
    private boolean commentsConfigured() {
        return text("createCommentUrl") != null && method("createCommentMethod", "put") != null
                && text("createCommentJson") != null;
    }

    /** The configured method, else the schema's default (Kibana's schema fills it in the same way). */
    private String method(String key, String fallback) {
        String method = text(key);
        return method == null ? fallback : method;
    }

    private String text(String key) {
        Object value = config.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
