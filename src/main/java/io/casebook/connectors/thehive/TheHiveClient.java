package io.casebook.connectors.thehive;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.LinkedHashMap;
import java.util.Map;

/** TheHive's v1 API over {@link ExternalHttp}: JSON, Bearer API key, X-Organisation, {type, message} errors. */
final class TheHiveClient {

    private final ExternalHttp http;
    private final String url;
    private final Map<String, String> headers;

    TheHiveClient(ExternalHttp http, String url, String organisation, String apiKey) {
        this.http = http;
        this.url = JsonHttp.baseUrl(url);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + apiKey);
        h.put("Accept", "application/json");
        h.put("Content-Type", "application/json");
        // Without it TheHive uses the key's default organisation, which is what an unset option means.
        if (organisation != null && !organisation.isBlank()) {
            h.put("X-Organisation", organisation);
        }
        this.headers = Map.copyOf(h);
    }

    String url() {
        return url;
    }

    JsonNode get(String path) {
        return call("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return call("POST", path, body);
    }

    JsonNode patch(String path, Object body) {
        return call("PATCH", path, body);
    }

    private JsonNode call(String method, String path, Object body) {
        ExternalHttp.Reply reply = http.send(method, url + path, headers, JsonHttp.write(body));
        if (!reply.ok()) {
            throw failure(reply);
        }
        return JsonHttp.parse(reply.body());
    }

    /** TheHive answers errors as {@code {type, message}}, e.g. AuthenticationError or BadRequest. */
    static PushFailedException failure(ExternalHttp.Reply reply) {
        JsonNode body = JsonHttp.parse(reply.body());
        String type = body.path("type").asText("");
        String message = body.path("message").asText("");
        String detail = message.isEmpty() ? "status " + reply.status() : type.isEmpty() ? message : type + ": " + message;
        return new PushFailedException("[Action][TheHive]: Unable to push to TheHive. Error: " + detail
                + " (status " + reply.status() + ")");
    }
}
