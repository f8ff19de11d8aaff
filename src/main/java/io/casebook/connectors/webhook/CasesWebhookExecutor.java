package io.casebook.connectors.webhook;

import io.casebook.connector.spi.ConnectorExecutor;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.PushRequest;
import io.casebook.connector.spi.PushToService;
import io.casebook.connector.spi.SubActionParams;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kibana's webhook sub-actions (SC {@code cases_webhook/api.ts}) for test calls: {@code pushToService} through
 * the type's own pusher, and {@code getIncident} ({@code {id, title}} read as a push reads it back), which
 * Kibana's service has but does not expose.
 */
final class CasesWebhookExecutor implements ConnectorExecutor {

    private final Map<String, Object> config;
    private final CasesWebhookClient client;
    private final ConnectorPusher pusher;

    CasesWebhookExecutor(Map<String, Object> config, CasesWebhookClient client, ConnectorPusher pusher) {
        this.config = config;
        this.client = client;
        this.pusher = pusher;
    }

    @Override
    public List<String> subActions() {
        return List.of("pushToService", "getIncident");
    }

    @Override
    public Object execute(String subAction, Map<String, Object> params) {
        return switch (subAction) {
            case "getIncident" -> incident(SubActionParams.of(params).text("externalId"));
            case "pushToService" -> push(PushToService.read(params));
            default -> throw new IllegalArgumentException("Not a webhook sub-action: " + subAction);
        };
    }

    private Map<String, Object> incident(String id) {
        String title = new IncidentReader(config, client).title(id);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("id", id);
        incident.put("title", title);
        return incident;
    }

    /** Kibana's incident carries the case's own id, severity and status for the templates. */
    private Map<String, Object> push(PushToService push) {
        SubActionParams incident = push.incident();
        PushRequest request = new PushRequest(PushToService.caseIdOr(incident.optionalText("id")),
                push.externalId(), incident.text("title"), incident.optionalText("description"),
                incident.strings("tags"), Map.of(), push.requestComments(), incident.optionalText("severity"),
                incident.optionalText("status"));
        return push.answer(pusher.push(request), Instant.now());
    }
}
