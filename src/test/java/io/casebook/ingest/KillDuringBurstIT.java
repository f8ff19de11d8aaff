package io.casebook.ingest;

import io.casebook.support.Api;
import io.casebook.support.EngineProcess;
import io.casebook.support.Queues;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN §2's contract under the worst case: the engine (its own JVM, embedded H2 and broker) is SIGKILLed
 * during a burst of alerts over HTTP and JMS; after a restart on the same data dir, every alert that got a
 * 202 is stored, and every message whose send returned is eventually stored too.
 */
@Tag("slow")
class KillDuringBurstIT {

    static final int HTTP_THREADS = 4;
    static final int JMS_THREADS = 2;
    /** Upper bound per sender thread, so the burst ends by itself whatever happens. */
    static final int MAX_PER_THREAD = 20_000;
    /**
     * Publishing to the broker is many times faster than storing (10,000 messages queued before the HTTP side had
     * its 300 acknowledgements, in one run): a bound keeps the queue the restarted engine must drain to a size
     * it drains well inside the wait below on a loaded 2-core machine, and the kill still lands mid-consumption.
     */
    static final int MAX_JMS_PER_THREAD = 2_500;
    static final Duration BURST_DEADLINE = Duration.ofSeconds(90);

    /** Fingerprint → alert id, for every alert the engine answered 202 for. */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Fingerprint → payload, for every JMS message whose send returned (persistent, so the broker has it). */
    final Map<String, String> published = new ConcurrentHashMap<>();
    final AtomicBoolean stop = new AtomicBoolean();

    static String alert(String source, String id) {
        return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"status\":\"firing\",\"severity\":\"high\","
                + "\"title\":\"Kill test " + id + "\",\"labels\":{\"host\":\"h-" + id.hashCode() % 50 + "\"}}";
    }

    @Test
    void everyAcknowledgedAlertSurvivesASigkillDuringABurst() throws Exception {
        Path dataDir = Files.createTempDirectory("casebook-kill");
        int brokerPort = EngineProcess.freePort();
        Map<String, String> settings = Map.of("casebook.http.port", String.valueOf(EngineProcess.freePort()),
                "casebook.http.host", "127.0.0.1", "casebook.data.dir", dataDir.toString(),
                "casebook.broker.embedded-url", "tcp://127.0.0.1:" + brokerPort);
        String brokerUrl = "tcp://127.0.0.1:" + brokerPort;

        EngineProcess first = EngineProcess.start(settings, Duration.ofSeconds(60));
        ExecutorService senders = Executors.newFixedThreadPool(HTTP_THREADS + JMS_THREADS);
        try {
            for (int t = 0; t < HTTP_THREADS; t++) {
                int thread = t;
                senders.submit(() -> sendOverHttp(first.api(), thread));
            }
            for (int t = 0; t < JMS_THREADS; t++) {
                int thread = t;
                senders.submit(() -> publish(brokerUrl, thread));
            }
            // Kill once enough has been acknowledged on both ways in, while the senders are still going.
            await("a burst under way (log: " + first.log() + ")").atMost(BURST_DEADLINE)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> acknowledged.size() >= 300 && published.size() >= 150);
            first.kill();
        } finally {
            stop.set(true);
            senders.shutdown();
            assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).as("senders stopped").isTrue();
            first.close();
        }
        System.out.printf("Killed after %d HTTP acknowledgements and %d JMS sends%n", acknowledged.size(),
                published.size());

        try (EngineProcess second = EngineProcess.start(settings, Duration.ofSeconds(60));
             Queues queues = new Queues(brokerUrl)) {
            Api api = second.api();
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((fingerprint, id) -> {
                Api.Result stored = api.get("/api/alerts/" + id);
                if (stored.status() != 200 || !fingerprint.equals(stored.text("fingerprint"))) {
                    lost.add(fingerprint + " (" + stored.status() + ")");
                }
            });
            assertThat(lost).as("alerts answered 202 but missing after the kill (log: " + second.log() + ")")
                    .isEmpty();

            // The queue drains (a browser sees delivered-but-unacknowledged messages too), nothing is dead.
            await("queue drained").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                    .until(() -> queues.browse("casebook.alerts").isEmpty());
            assertThat(queues.browse("casebook.alerts.DLQ")).isEmpty();
            // Sending the same alert again over HTTP is reported as a duplicate only if it was stored.
            published.forEach((fingerprint, payload) -> {
                Api.Result again = postNative(api, payload);
                if (again.status() != 202 || again.body().path("duplicates").asInt() != 1) {
                    lost.add(fingerprint);
                }
            });
            assertThat(lost).as("JMS messages sent but never stored (log: " + second.log() + ")").isEmpty();
        }
    }

    private void sendOverHttp(Api api, int thread) {
        Instant deadline = Instant.now().plus(BURST_DEADLINE);
        for (int i = 0; i < MAX_PER_THREAD && !stop.get() && Instant.now().isBefore(deadline); i++) {
            String fingerprint = "http-" + thread + "-" + i;
            try {
                Api.Result result = postNative(api, alert("kill-http", fingerprint));
                if (result.status() == 202) {
                    acknowledged.put(fingerprint, result.body().at("/alerts/0/id").asText());
                }
            } catch (UncheckedIOException e) {
                return; // the engine is gone: whatever was in flight was never acknowledged
            }
        }
    }

    private void publish(String brokerUrl, int thread) {
        Instant deadline = Instant.now().plus(BURST_DEADLINE);
        try (Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("casebook.alerts"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < MAX_JMS_PER_THREAD && !stop.get() && Instant.now().isBefore(deadline); i++) {
                String fingerprint = "jms-" + thread + "-" + i;
                String payload = alert("kill-jms", fingerprint);
                producer.send(session.createTextMessage(payload));
                published.put(fingerprint, payload);
            }
        } catch (JMSException e) {
            // the broker died with the engine: the send that threw was never confirmed
        }
    }

    private static Api.Result postNative(Api api, String body) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), false);
    }
}
