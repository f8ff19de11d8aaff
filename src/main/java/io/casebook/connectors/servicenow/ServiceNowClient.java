package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.Map;

/** ServiceNow's Table API over {@link ExternalHttp}: Basic auth, the {@code result} envelope, its error body. */
final class ServiceNowClient {

    private final ExternalHttp http;
    private final String apiUrl;
    private final String authorization;

    ServiceNowClient(ExternalHttp http, String apiUrl, String username, String password) {
        this.http = http;
        this.apiUrl = JsonHttp.baseUrl(apiUrl);
        this.authorization = JsonHttp.basicAuth(username, password);
    }

    String apiUrl() {
        return apiUrl;
    }

    /** The {@code result} of a successful call: an object for one record, an array for a query. */
    JsonNode call(String method, String path, Object body) {
        ExternalHttp.Reply reply = http.send(method, apiUrl + path, Map.of("Authorization", authorization,
                "Accept", "application/json", "Content-Type", "application/json"), JsonHttp.write(body));
        if (!reply.ok()) {
            throw failure(reply);
        }
        JsonNode result = JsonHttp.parse(reply.body()).path("result");
        // A hibernating developer instance answers 200 with an HTML login page; Kibana treats that as a failure.
        if (result.isMissingNode()) {
            throw new PushFailedException("[Action][ServiceNow]: Unable to push to ServiceNow. Error: the reply "
                    + "has no result; the instance may be hibernating (status " + reply.status() + ")");
        }
        return result;
    }

    /** ServiceNow says why in {@code error.message} and {@code error.detail}; Kibana shows both. */
    static PushFailedException failure(ExternalHttp.Reply reply) {
        JsonNode error = JsonHttp.parse(reply.body()).path("error");
        String message = error.path("message").asText("");
        String detail = error.path("detail").asText("");
        String reason = message.isBlank() ? "status " + reply.status()
                : detail.isBlank() ? message : message + ": " + detail;
        return new PushFailedException("[Action][ServiceNow]: Unable to push to ServiceNow. Error: " + reason
                + " (status " + reply.status() + ")");
    }
}
