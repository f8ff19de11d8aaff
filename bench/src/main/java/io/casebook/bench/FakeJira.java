package io.casebook.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny Jira in the bench's JVM answering the calls a push makes (REST v2: search by label, create, read
 * back, update, comment), each answer held back by a fixed latency to play a remote SaaS.
 */
final class FakeJira implements AutoCloseable {

    private final Vertx vertx;
    private final HttpServer server;
    private final AtomicLong issues = new AtomicLong(10_000);
    private final AtomicLong calls = new AtomicLong();
    private volatile long latencyMillis;

    FakeJira(Vertx vertx) throws Exception {
        this.vertx = vertx;
        this.server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get();
    }

    int port() {
        return server.actualPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    void latency(long millis) {
        this.latencyMillis = millis;
    }

    long calls() {
        return calls.get();
    }

    private void handle(HttpServerRequest req) {
        req.body().onComplete(body -> {
            calls.incrementAndGet();
            String path = req.path();
            int status;
            String answer;
            if (path.startsWith("/rest/api/2/search")) {
                status = 200;
                answer = "{\"issues\":[],\"isLast\":true}";
            } else if (path.endsWith("/issuetypes")) {
                status = 200;
                answer = "{\"issueTypes\":[{\"id\":\"10001\",\"name\":\"Task\"}]}";
            } else if (path.equals("/rest/api/2/issue") && req.method().name().equals("POST")) {
                long id = issues.incrementAndGet();
                status = 201;
                answer = "{\"id\":\"" + id + "\",\"key\":\"OPS-" + id + "\",\"self\":\"" + url() + "/rest/api/2/issue/"
                        + id + "\"}";
            } else if (path.endsWith("/comment")) {
                status = 201;
                answer = "{\"id\":\"" + issues.incrementAndGet() + "\"}";
            } else if (path.startsWith("/rest/api/2/issue/") && req.method().name().equals("PUT")) {
                status = 204;
                answer = null;
            } else if (path.startsWith("/rest/api/2/issue/")) {
                String id = path.substring("/rest/api/2/issue/".length());
                status = 200;
                answer = "{\"id\":\"" + id + "\",\"key\":\"OPS-" + id + "\",\"fields\":{\"status\":{\"name\":\"To Do\"}}}";
            } else {
                status = 404;
                answer = "{\"errorMessages\":[\"not found\"],\"errors\":{}}";
            }
            Runnable reply = () -> {
                req.response().setStatusCode(status);
                if (answer == null) {
                    req.response().end();
                } else {
                    req.response().putHeader("Content-Type", "application/json").end(answer);
                }
            };
            if (latencyMillis > 0) {
                vertx.setTimer(latencyMillis, t -> reply.run());
            } else {
                reply.run();
            }
        });
    }

    @Override
    public void close() {
        server.close();
    }
}
