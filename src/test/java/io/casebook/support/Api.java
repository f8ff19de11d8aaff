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

/**
 * A small real-HTTP client for API tests: sends JSON with {@code kbn-xsrf}, returns status and JSON body.
 * Every request authenticates as the built-in {@code elastic} with {@link #ELASTIC_PASSWORD} (the password
 * {@link TestEngine} and {@link EngineProcess} give the engine) unless {@link #as}, {@link #withAuthorization}
 * or {@link #anonymous} says otherwise.
 */
public final class Api {

    /** The elastic password test engines are started with. */
    public static final String ELASTIC_PASSWORD = "casebook-test-elastic";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    private final String authorization;
    private final Map<String, String> headers;

    public Api(int port) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), "http://127.0.0.1:" + port,
                basic("elastic", ELASTIC_PASSWORD), Map.of());
    }

    private Api(HttpClient client, String base, String authorization, Map<String, String> headers) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** Over HTTPS, trusting what {@code tls} trusts. */
    public static Api https(int port, javax.net.ssl.SSLContext tls) {
        return new Api(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build(),
                "https://localhost:" + port, basic("elastic", ELASTIC_PASSWORD), Map.of());
    }

    /** The same engine, as another user (HTTP Basic). */
    public Api as(String username, String password) {
        return new Api(client, base, basic(username, password), Map.of());
    }

    /**
     * The same engine, as {@code username} holding {@code roles}, for an engine started with
     * {@link TestEngine#withRoles}: its test authenticator reads these headers instead of credentials.
     */
    public Api actingAs(String username, String... roles) {
        return new Api(client, base, null, Map.of(RoleHeaderAuthenticator.USER, username,
                RoleHeaderAuthenticator.ROLES, String.join(",", roles)));
    }

    /** The same engine, sending this {@code Authorization} header value as is (an API key, garbage...). */
    public Api withAuthorization(String header) {
        return new Api(client, base, header, Map.of());
    }

    /** The same engine, with no credentials at all. */
    public Api anonymous() {
        return new Api(client, base, null, Map.of());
    }

    /** {@code Basic base64(user:password)}. */
    public static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    /** DELETE with a JSON body (Elasticsearch's invalidate API key takes one). */
    public Result delete(String path, Object body) {
        return send(json(uri(path)).method("DELETE", bodyOf(body)), true);
    }

    /** Sends without the kbn-xsrf header, to test that mutating calls need it. */
    public Result postWithoutXsrf(String path, Object body) {
        return send(json(uri(path)).POST(bodyOf(body)), false);
    }

    /** Sends as this client's user (its {@code Authorization} header is added). */
    public Result send(HttpRequest.Builder builder, boolean xsrf) {
        if (xsrf) {
            builder.header("kbn-xsrf", "true");
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
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
