package io.casebook.connectors.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        return send(action, method, url, body, Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with headers for this call only over the configured ones. */
    JsonNode send(String action, String method, String url, String body, Map<String, String> callHeaders) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(callHeaders);
        ExternalHttp.Reply reply = http.send(method.toUpperCase(Locale.ROOT), url, all, body);
        if (!reply.ok()) {
            throw failure(action, reply);
        }
        return JsonHttp.parse(reply.body());
    }

    /** A GET whose 404 means "there is none": empty then, the JSON reply otherwise. */
    Optional<JsonNode> find(String action, String url) {
        ExternalHttp.Reply reply = http.send("GET", url, headers, null);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (!reply.ok()) {
            throw failure(action, reply);
        }
        return Optional.of(JsonHttp.parse(reply.body()));
    }

    private static PushFailedException failure(String action, ExternalHttp.Reply reply) {
        String text = reply.body() == null ? "" : reply.body().strip();
        return new PushFailedException(PREFIX + "Unable to " + action + ". Error: status " + reply.status()
                + (text.isEmpty() ? "" : ". Reason: " + (text.length() > 500 ? text.substring(0, 500) : text)));
    }

    /** The text at a dotted key ({@code id}, {@code data.key}, {@code items.0.id}) as Kibana's getObjectValueByKey reads it. */
    static String valueAt(JsonNode reply, String key, String action) {
        JsonNode node = nodeAt(reply, key);
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            throw new PushFailedException(PREFIX + "Unable to " + action
                    + ". Error: Response is missing the expected field: " + key);
        }
        return node.asText();
    }

    /** The text at a dotted key; empty when it is absent, null, blank or not a single value (nothing found). */
    static Optional<String> optionalValueAt(JsonNode reply, String key) {
        JsonNode node = nodeAt(reply, key);
        boolean found = node.isValueNode() && !node.isNull() && !node.asText().isBlank();
        return found ? Optional.of(node.asText()) : Optional.empty();
    }

    private static JsonNode nodeAt(JsonNode reply, String key) {
        JsonNode node = reply;
        for (String part : key.split("\\.")) {
            node = node.isArray() && part.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(part))
                    : node.path(part);
        }
        return node;
    }
}
