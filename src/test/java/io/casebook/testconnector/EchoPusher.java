package io.casebook.testconnector;

import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The echo service's API: {@code POST /records} creates ({@code {"id": ...}} back), {@code PUT /records/{id}}
 * updates, {@code POST /records/{id}/notes} adds a comment; everything through the engine's {@link ExternalHttp}.
 */
final class EchoPusher implements ConnectorPusher {

    private final ExternalHttp http;
    private final String url;
    private final String token;
    private final int priority;

    EchoPusher(ExternalHttp http, String url, String token, int priority) {
        this.http = http;
        this.url = JsonHttp.baseUrl(url);
        this.token = token;
        this.priority = priority;
    }

    @Override
    public ExternalRecord push(PushRequest request) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("caseId", request.caseId());
        record.put("title", request.title());
        record.put("description", request.description());
        record.put("priority", priority);
        String id = request.externalId();
        if (id == null) {
            id = JsonHttp.parse(call("POST", "/records", record)).path("id").asText("");
            if (id.isBlank()) {
                throw new PushFailedException("[Echo]: no id in the answer to the create");
            }
        } else {
            call("PUT", "/records/" + id, record);
        }
        for (PushRequest.Comment comment : request.comments()) {
            call("POST", "/records/" + id + "/notes", Map.of("text", comment.text()));
            request.sent(comment);
        }
        return new ExternalRecord(id, "ECHO-" + id, url + "/records/" + id);
    }

    private String call(String method, String path, Object body) {
        ExternalHttp.Reply reply = http.send(method, url + path, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), JsonHttp.write(body));
        if (!reply.ok()) {
            throw new PushFailedException("[Echo]: " + reply.body() + " (status " + reply.status() + ")");
        }
        return reply.body();
    }
}
