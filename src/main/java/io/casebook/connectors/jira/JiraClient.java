package io.casebook.connectors.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Jira's REST v2 over {@link ExternalHttp}: JSON in and out, Basic auth, Jira's error bodies as the message. */
final class JiraClient {

    private final ExternalHttp http;
    private final String apiUrl;
    private final String authorization;

    JiraClient(ExternalHttp http, String apiUrl, String email, String apiToken) {
        this.http = http;
        this.apiUrl = JsonHttp.baseUrl(apiUrl);
        this.authorization = JsonHttp.basicAuth(email, apiToken);
    }

    String apiUrl() {
        return apiUrl;
    }

    JsonNode get(String path) {
        return call("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return call("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return call("PUT", path, body);
    }

    /** The reply even when it is an error, for callers that treat one status specially. */
    ExternalHttp.Reply send(String method, String path, Object body) {
        return http.send(method, apiUrl + path, Map.of("Authorization", authorization,
                "Accept", "application/json", "Content-Type", "application/json"), JsonHttp.write(body));
    }

    private JsonNode call(String method, String path, Object body) {
        ExternalHttp.Reply reply = send(method, path, body);
        if (!reply.ok()) {
            throw failure(reply);
        }
        return JsonHttp.parse(reply.body());
    }

    /** Jira says why in {@code errorMessages} and per field in {@code errors}; Kibana shows both. */
    static PushFailedException failure(ExternalHttp.Reply reply) {
        JsonNode body = JsonHttp.parse(reply.body());
        List<String> reasons = new ArrayList<>();
        body.path("errorMessages").forEach(m -> reasons.add(m.asText()));
        body.path("errors").fields().forEachRemaining(e -> reasons.add(e.getKey() + ": " + e.getValue().asText()));
        String detail = reasons.isEmpty() ? "status " + reply.status() : String.join("; ", reasons);
        return new PushFailedException("[Action][Jira]: Unable to push to Jira. Error: " + detail
                + " (status " + reply.status() + ")");
    }
}
