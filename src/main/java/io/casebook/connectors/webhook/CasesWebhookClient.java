package io.casebook.connectors.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.Locale;
import java.util.Map;

/** One configured webhook's HTTP side: its headers and auth, Kibana's error wording and dotted response keys. */
final class CasesWebhookClient {

    static final String PREFIX = "[Action][Webhook - Case Management]: ";

    private final ExternalHttp http;
    private final Map<String, String> headers;

    CasesWebhookClient(ExternalHttp http, Map<String, String> headers) {
        this.http = http;
        this.headers = Map.copyOf(headers);
    }

    /** Sends one request and returns its JSON reply; a non-2xx answer fails with {@code action} named. */
    JsonNode send(String action, String method, String url, String body) {
        ExternalHttp.Reply reply = http.send(method.toUpperCase(Locale.ROOT), url, headers, body);
        if (!reply.ok()) {
            String text = reply.body() == null ? "" : reply.body().strip();
            throw new PushFailedException(PREFIX + "Unable to " + action + ". Error: status " + reply.status()
                    + (text.isEmpty() ? "" : ". Reason: " + (text.length() > 500 ? text.substring(0, 500) : text)));
        }
        return JsonHttp.parse(reply.body());
    }

    /** The text at a dotted key ({@code id}, {@code data.key}, {@code items.0.id}) as Kibana's getObjectValueByKey reads it. */
    static String valueAt(JsonNode reply, String key, String action) {
        JsonNode node = reply;
        for (String part : key.split("\\.")) {
            node = node.isArray() && part.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(part))
                    : node.path(part);
        }
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            throw new PushFailedException(PREFIX + "Unable to " + action
                    + ". Error: Response is missing the expected field: " + key);
        }
        return node.asText();
    }
}
