package io.casebook.connectors.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.MustacheException;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PlainMustache;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kibana's rendering of the webhook templates over only the documented variables. In JSON bodies every value
 * is inserted as JSON text (Kibana's {@code stringifyObjValues}: {@code "summary": {{{case.title}}}}), so a
 * quote or newline in a title cannot break or inject into the body; in URLs values are percent-encoded.
 */
final class WebhookTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookTemplates() {
    }

    /** The {@code case.*} variables of a push, each as JSON text. */
    static Map<String, Object> caseScope(PushRequest request, String comment) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", request.title());
        fields.put("description", request.description());
        fields.put("tags", request.tags());
        fields.put("id", request.caseId());
        fields.put("severity", request.severity());
        fields.put("status", request.status());
        if (comment != null) {
            fields.put("comment", comment);
        }
        fields.replaceAll((key, value) -> JsonHttp.write(value));
        return fields;
    }

    /** Renders a JSON body template and refuses output that is not JSON, naming the template. */
    static String json(String option, String template, Map<String, Object> caseScope, String externalId,
                       String externalTitle) {
        String body = render(option, template, scope(caseScope,
                externalId == null ? null : JsonHttp.write(externalId),
                externalTitle == null ? null : JsonHttp.write(externalTitle)));
        try {
            JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PushFailedException(CasesWebhookClient.PREFIX + option + " did not render valid JSON: "
                    + e.getOriginalMessage());
        }
        return body;
    }

    /** Renders a URL template with the external id and title percent-encoded. */
    static String url(String option, String template, String externalId, String externalTitle) {
        return render(option, template, scope(Map.of(), encode(externalId), encode(externalTitle)));
    }

    /**
     * Renders a URL template over the case's own single values ({@code case.id}, {@code case.title},
     * {@code case.severity}, {@code case.status}), percent-encoded: the look-up of the incident made for a case.
     */
    static String caseUrl(String option, String template, PushRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", encode(request.caseId()));
        fields.put("title", encode(request.title()));
        fields.put("severity", encode(request.severity()));
        fields.put("status", encode(request.status()));
        return render(option, template, scope(fields, null, null));
    }

    /** A template that does not compile (an unclosed section...) is the connector's fault, reported as such. */
    private static String render(String option, String template, Map<String, Object> scope) {
        try {
            return PlainMustache.render(template, scope);
        } catch (MustacheException e) {
            throw new PushFailedException(CasesWebhookClient.PREFIX + option + " does not compile: " + e.getMessage());
        }
    }

    private static Map<String, Object> scope(Map<String, Object> caseScope, String id, String title) {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("id", id);
        system.put("title", title);
        return Map.of("case", caseScope, "external", Map.of("system", system));
    }

    /** JavaScript's encodeURIComponent, which Kibana applies: spaces as %20, not +. */
    private static String encode(String value) {
        return value == null ? null : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%21", "!").replace("%27", "'").replace("%28", "(").replace("%29", ")")
                .replace("%7E", "~");
    }
}
