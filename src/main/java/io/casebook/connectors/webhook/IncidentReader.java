package io.casebook.connectors.webhook;

import java.util.Map;

/**
 * Kibana's {@code getIncident} of the webhook: {@code getIncidentMethod} (get, or post with the rendered
 * {@code getIncidentJson}, whose only variable is {@code {{{external.system.id}}}} as JSON text) to the
 * rendered {@code getIncidentUrl}, then the title at {@code getIncidentResponseExternalTitleKey}. A push reads
 * the title back this way after writing, and the {@code getIncident} test call answers with it.
 */
final class IncidentReader {

    static final String METHOD = "getIncidentMethod";
    static final String JSON = "getIncidentJson";

    private final Map<String, Object> config;
    private final CasesWebhookClient client;

    IncidentReader(Map<String, Object> config, CasesWebhookClient client) {
        this.config = config;
        this.client = client;
    }

    /** The external title of incident {@code id}. */
    String title(String id) {
        String url = WebhookTemplates.url("getIncidentUrl", (String) config.get("getIncidentUrl"), id, null);
        boolean post = "post".equals(config.get(METHOD));
        Object template = config.get(JSON);
        // As in Kibana: a post without a template sends no body; a get never sends one.
        String body = post && template != null && !template.toString().isBlank()
                ? WebhookTemplates.json(JSON, template.toString(), Map.of(), id, null) : null;
        return CasesWebhookClient.valueAt(client.send("get case", post ? "post" : "get", url, body),
                (String) config.get("getIncidentResponseExternalTitleKey"), "get case");
    }
}
