package io.casebook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to the engine for setup, polling and single-client latency (not for load). */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status and body. */
    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** The superuser's password every bench engine is started with (the API needs credentials). */
    static final String ELASTIC_PASSWORD = "bench-elastic-password";
    /** {@code Authorization} for that superuser. */
    static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder().encodeToString(
            ("elastic:" + ELASTIC_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final String base;

    Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTHORIZATION).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/json")
                .header("kbn-xsrf", "bench").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST that must answer 2xx: setup calls whose failure makes the scenario meaningless. */
    JsonNode postOk(String path, String json) {
        Reply r = post(path, json);
        if (r.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
