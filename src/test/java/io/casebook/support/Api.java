package io.casebook.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small real-HTTP client for API tests: sends JSON with {@code kbn-xsrf}, returns status and JSON body. */
public final class Api {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> headers;

    public Api(int port) {
        this("http://127.0.0.1:" + port, Map.of());
    }

    private Api(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /**
     * The same API called as {@code username} holding {@code roles}, for an engine started with
     * {@link TestEngine#withRoles}: the engine's test authenticator reads these headers (no real credentials).
     */
    public Api as(String username, String... roles) {
        return new Api(base, Map.of(RoleHeaderAuthenticator.USER, username,
                RoleHeaderAuthenticator.ROLES, String.join(",", roles)));
    }

    /** {@code http://127.0.0.1:<port>}, for requests built by hand. */
    public String base() {
        return base;
    }

    /** A response: status code and body parsed as JSON (null when empty). */
    public record Result(int status, JsonNode body, String raw) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public Result get(String path) {
        return send(json(uri(path)).GET(), true);
    }

    public Result post(String path, Object body) {
        return send(json(uri(path)).POST(bodyOf(body)), true);
    }

    public Result patch(String path, Object body) {
        return send(json(uri(path)).method("PATCH", bodyOf(body)), true);
    }

    public Result put(String path, Object body) {
        return send(json(uri(path)).PUT(bodyOf(body)), true);
    }

    public Result delete(String path) {
        return send(json(uri(path)).DELETE(), true);
    }

    /** Sends without the kbn-xsrf header, to test that mutating calls need it. */
    public Result postWithoutXsrf(String path, Object body) {
        return send(json(uri(path)).POST(bodyOf(body)), false);
    }

    public Result send(HttpRequest.Builder builder, boolean xsrf) {
        if (xsrf) {
            builder.header("kbn-xsrf", "true");
        }
        headers.forEach(builder::header);
        builder.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode json = raw == null || raw.isEmpty() ? null : parseOrNull(raw);
            return new Result(response.statusCode(), json, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parseOrNull(String raw) {
        try {
            return MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static HttpRequest.Builder json(URI uri) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            String text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
