package io.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The baselines that do not depend on the database: the empty handler on Vert.x, and Alertmanager when it is
 * installed; each a separate process fed the same requests by the same load generator as the engine.
 */
final class Baselines {

    static final int SINGLE_CONCURRENCY = 32;
    static final int BATCH_CONCURRENCY = 8;

    /** Requests per second answered by the empty handler, single alerts and batches of 100. */
    record EmptyHandler(double singlePerSecond, double batchesPerSecond) {
    }

    private Baselines() {
    }

    static EmptyHandler emptyHandler(IngestBench ingest, Duration duration) throws Exception {
        int port = Engine.freePort();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), EmptyServer.class.getName(),
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitAnswer(new Api(port), "/", server);
            AlertStream stream = new AlertStream("empty");
            Load.Run single = ingest.blast(port, SINGLE_CONCURRENCY, duration,
                    n -> Load.Call.post("/api/alerts", stream.nativeAlert(n), 1));
            Load.Run batches = ingest.blast(port, BATCH_CONCURRENCY, duration,
                    n -> Load.Call.post("/api/alerts/alertmanager", stream.alertmanagerBatch(n), AlertStream.BATCH));
            return new EmptyHandler(single.okRequestsPerSecond(), batches.okRequestsPerSecond());
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Alerts per second Alertmanager accepts on {@code POST /api/v2/alerts}, or empty when it is not installed. */
    static Optional<Double> alertmanager(IngestBench ingest, Duration duration, Path workDir) throws Exception {
        Optional<Path> binary = List.of("/usr/bin/prometheus-alertmanager", "/usr/local/bin/alertmanager",
                "/usr/bin/alertmanager").stream().map(Path::of).filter(Files::isExecutable).findFirst();
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Files.createDirectories(workDir.resolve("alertmanager"));
        Path config = dir.resolve("alertmanager.yml");
        // No receiver endpoint: the baseline is Alertmanager's ingest, as Casebook's figure is its own.
        Files.writeString(config, "route:\n  receiver: blackhole\n  group_by: [alertname, cluster]\n"
                + "receivers:\n  - name: blackhole\n");
        int port = Engine.freePort();
        Process am = new ProcessBuilder(binary.get().toString(), "--config.file=" + config,
                "--storage.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("alertmanager.log").toFile())).start();
        try {
            awaitAnswer(new Api(port), "/-/ready", am);
            AlertStream stream = new AlertStream("am");
            Load.Run run = ingest.blast(port, BATCH_CONCURRENCY, duration,
                    n -> Load.Call.post("/api/v2/alerts", stream.alertmanagerApiBatch(n), AlertStream.BATCH));
            return Optional.of(run.okAlertsPerSecond());
        } finally {
            am.destroy();
            am.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitAnswer(Api api, String path, Process process) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("baseline server exited with " + process.exitValue());
            }
            try {
                if (api.get(path).status() / 100 == 2) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IOException("baseline server did not answer within 60 s");
    }
}
