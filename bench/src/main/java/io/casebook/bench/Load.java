package io.casebook.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Closed-loop load: {@code concurrency} keep-alive connections, each sending its next request as soon as the
 * previous one is answered, until the time is up or the requests are all sent. Runs on one Vert.x event loop
 * (non-blocking), so the generator takes little CPU from the server it measures.
 */
final class Load {

    /** One request to send: method, path, JSON body (null for none) and the alerts it carries. */
    record Call(HttpMethod method, String path, String body, int alerts) {
        static Call post(String path, String body, int alerts) {
            return new Call(HttpMethod.POST, path, body, alerts);
        }
    }

    /** What happened to one request: when it left, when its answer came, the status (0 = no answer). */
    record Sent(long sentNanos, long answeredNanos, int status, int alerts) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    /** Every request of one run, and when the run started. */
    record Run(long startNanos, long endNanos, List<Sent> sent) {

        long okAlerts() {
            return sent.stream().filter(Sent::ok).mapToLong(Sent::alerts).sum();
        }

        long okRequests() {
            return sent.stream().filter(Sent::ok).count();
        }

        long failed() {
            return sent.size() - okRequests();
        }

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }

        double okRequestsPerSecond() {
            return okRequests() / seconds();
        }

        double okAlertsPerSecond() {
            return okAlerts() / seconds();
        }

        Percentiles responseTimes() {
            return new Percentiles(sent.stream().filter(Sent::ok).mapToLong(s -> s.answeredNanos() - s.sentNanos())
                    .toArray());
        }

        String firstFailure() {
            return sent.stream().filter(s -> !s.ok()).findFirst().map(s -> "status " + s.status()).orElse("none");
        }
    }

    private final Vertx vertx;

    Load(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Sends calls {@code 0, 1, 2...} until {@code duration} is over or {@code maxCalls} were sent. */
    Run run(int port, int concurrency, Duration duration, long maxCalls, LongFunction<Call> calls) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setDefaultHost("127.0.0.1").setDefaultPort(port).setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(concurrency));
        List<Sent> sent = new ArrayList<>();
        AtomicLong next = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        // Every callback runs on the one context the chains start on: the list needs no lock.
        vertx.runOnContext(v -> {
            for (int i = 0; i < concurrency; i++) {
                chain(client, calls, next, maxCalls, deadline, sent, done);
            }
        });
        try {
            if (!done.await(duration.toSeconds() + 300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("load did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long end = sent.stream().mapToLong(Sent::answeredNanos).max().orElse(System.nanoTime());
        client.close();
        synchronized (sent) {
            return new Run(start, end, List.copyOf(sent));
        }
    }

    private void chain(HttpClient client, LongFunction<Call> calls, AtomicLong next, long maxCalls, long deadline,
                       List<Sent> sent, CountDownLatch done) {
        long n = next.getAndIncrement();
        if (n >= maxCalls || System.nanoTime() >= deadline) {
            done.countDown();
            return;
        }
        Call call = calls.apply(n);
        long t0 = System.nanoTime();
        RequestOptions options = new RequestOptions().setMethod(call.method()).setURI(call.path())
                .putHeader("Content-Type", "application/json").putHeader("kbn-xsrf", "bench")
                .putHeader("Authorization", Api.AUTHORIZATION);
        client.request(options)
                .compose(req -> call.body() == null ? req.send() : req.send(Buffer.buffer(call.body())))
                .compose(resp -> resp.body().map(b -> resp.statusCode()))
                .onComplete(ar -> {
                    synchronized (sent) {
                        sent.add(new Sent(t0, System.nanoTime(), ar.succeeded() ? ar.result() : 0, call.alerts()));
                    }
                    chain(client, calls, next, maxCalls, deadline, sent, done);
                });
    }
}
