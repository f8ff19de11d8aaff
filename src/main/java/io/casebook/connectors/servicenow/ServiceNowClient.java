package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.Map;

/**
 * ServiceNow's REST APIs over {@link ExternalHttp}: the connector's authorization, the {@code result} envelope,
 * its error body, and one retry with a new token when ServiceNow refuses a cached OAuth token.
 */
final class ServiceNowClient {

    private final ExternalHttp http;
    private final String apiUrl;
    private final ServiceNowAuth auth;

    ServiceNowClient(ExternalHttp http, String apiUrl, ServiceNowAuth auth) {
        this.http = http;
        this.apiUrl = JsonHttp.baseUrl(apiUrl);
        this.auth = auth;
    }

    String apiUrl() {
        return apiUrl;
    }

    /** The {@code result} of a successful call: an object for one record, an array for a query. */
    JsonNode call(String method, String path, Object body) {
        return call(method, path, body, "Unable to push to ServiceNow");
    }

    /** As {@link #call(String, String, Object)}, a failure starting with {@code action} (Kibana's wording). */
    JsonNode call(String method, String path, Object body, String action) {
        String authorization = auth.authorization();
        ExternalHttp.Reply reply = send(method, path, body, authorization);
        // A token can be revoked or expire early on ServiceNow's side; one new token, one retry, no loop.
        if (reply.status() == 401 && auth.renewAfterUnauthorized(authorization)) {
            reply = send(method, path, body, auth.authorization());
        }
        if (!reply.ok()) {
            throw failure(reply, action);
        }
        JsonNode result = JsonHttp.parse(reply.body()).path("result");
        // A hibernating developer instance answers 200 with an HTML login page; Kibana treats that as a failure.
        if (result.isMissingNode()) {
            throw new PushFailedException("[Action][ServiceNow]: " + action + ". Error: the reply "
                    + "has no result; the instance may be hibernating (status " + reply.status() + ")");
        }
        return result;
    }

    private ExternalHttp.Reply send(String method, String path, Object body, String authorization) {
        return http.send(method, apiUrl + path, Map.of("Authorization", authorization,
                "Accept", "application/json", "Content-Type", "application/json"), JsonHttp.write(body));
    }

    /** ServiceNow says why in {@code error.message} and {@code error.detail}; Kibana shows both. */
    static PushFailedException failure(ExternalHttp.Reply reply, String action) {
        JsonNode error = JsonHttp.parse(reply.body()).path("error");
        String message = error.path("message").asText("");
        String detail = error.path("detail").asText("");
        String reason = message.isBlank() ? "status " + reply.status()
                : detail.isBlank() ? message : message + ": " + detail;
        return new PushFailedException("[Action][ServiceNow]: " + action + ". Error: " + reason
                + " (status " + reply.status() + ")");
    }
}
