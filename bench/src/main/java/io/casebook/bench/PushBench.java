package io.casebook.bench;

import io.vertx.core.http.HttpMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Push throughput: new cases pushed with Kibana's {@code _push} (create in Jira) by concurrent clients, against
 * the fake Jira; the baseline is the fake serving the same calls (search by label, create, read back) to a
 * client as concurrent as the engine may be per connector.
 */
final class PushBench {

    /** Pushes per second through the engine, and served directly by the fake, with the calls each push made. */
    record Figures(double enginePerSecond, double directPerSecond, double callsPerPush, long failed, String firstFailure) {
    }

    static final String CONNECTOR_NAME = "bench jira";

    private final Load load;
    private final FakeJira jira;

    PushBench(Load load, FakeJira jira) {
        this.load = load;
        this.jira = jira;
    }

    String jiraUrl() {
        return jira.url();
    }

    static String createConnector(Api api, String jiraUrl) {
        return api.postOk("/api/actions/connector", "{\"name\":\"" + CONNECTOR_NAME + "\",\"connector_type_id\":\".jira\","
                + "\"config\":{\"apiUrl\":\"" + jiraUrl + "\",\"projectKey\":\"OPS\"},"
                + "\"secrets\":{\"email\":\"bench@example.com\",\"apiToken\":\"bench-token\"}}").path("id").asText();
    }

    Figures measure(Engine engine, String connectorId, int pushes, int clients, int engineConcurrency,
                    long latencyMillis) throws Exception {
        List<String> cases = createCases(engine.api(), connectorId, pushes);
        jira.latency(latencyMillis);
        long callsBefore = jira.calls();
        Load.Run run = load.run(engine.port(), clients, Duration.ofHours(1), cases.size(), n -> new Load.Call(
                HttpMethod.POST, "/api/cases/" + cases.get((int) n) + "/connector/" + connectorId + "/_push", "{}", 1));
        double callsPerPush = (jira.calls() - callsBefore) / (double) Math.max(1, run.okRequests());
        double direct = direct(Math.max(engineConcurrency, 1), Math.max(engineConcurrency * 4, pushes / 4));
        jira.latency(0);
        return new Figures(run.okRequestsPerSecond(), direct, callsPerPush, run.failed(), run.firstFailure());
    }

    /** The same three calls per push straight to the fake, with the engine's concurrency per connector. */
    private double direct(int concurrency, int pushes) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(pool.submit(() -> {
                while (next.getAndIncrement() < pushes) {
                    call(client, "GET", "/rest/api/2/search/jql?jql=labels%3D%22casebook-x%22&fields=id&maxResults=1", null);
                    String created = call(client, "POST", "/rest/api/2/issue", "{\"fields\":{\"summary\":\"bench\","
                            + "\"description\":\"bench\",\"labels\":[\"casebook-x\"],\"project\":{\"key\":\"OPS\"},"
                            + "\"issuetype\":{\"id\":\"10001\"}}}");
                    String id = Api.JSON.readTree(created).path("id").asText();
                    call(client, "GET", "/rest/api/2/issue/" + id, null);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return pushes / ((System.nanoTime() - start) / 1e9);
    }

    private String call(HttpClient client, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(jira.url() + path)).header("Content-Type",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Cases with the Jira connector set, created in parallel (setup, not measured). */
    static List<String> createCases(Api api, String connectorId, int count) throws Exception {
        String body = "{\"title\":\"Pushed by the bench\",\"description\":\"A case the bench pushes to Jira.\","
                + "\"tags\":[\"bench\"],\"owner\":\"cases\",\"settings\":{\"syncAlerts\":false},"
                + "\"connector\":{\"id\":\"" + connectorId + "\",\"name\":\"" + CONNECTOR_NAME + "\",\"type\":\".jira\","
                + "\"fields\":{\"issueType\":\"10001\",\"priority\":null,\"parent\":null}}}";
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            running.add(pool.submit(() -> ids.add(api.postOk("/api/cases", body).path("id").asText())));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new ArrayList<>(ids);
    }
}
