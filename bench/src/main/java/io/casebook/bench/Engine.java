package io.casebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged engine ({@code java -jar target/casebook.jar}) in its own JVM, as an operator runs it, with the
 * settings as -D options; remembers how long it took from process start to {@code GET /api/status} = 200.
 */
final class Engine implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;
    private final double readyMillis;

    private Engine(Process process, Path log, int port, double readyMillis) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.readyMillis = readyMillis;
    }

    /** Starts the jar from the repository root (routes/ and config/ are relative to it) and waits until ready. */
    static Engine start(Path repoRoot, Path jar, String heap, Map<String, String> settings, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        if (!settings.containsKey("casebook.auth.elastic-password")) {
            command.add("-Dcasebook.auth.elastic-password=" + Api.ELASTIC_PASSWORD);
        }
        // The bench measures throughput, not the per-user and per-sender rate limits (429) that protect it.
        for (String limit : List.of("casebook.api.rate-per-second", "casebook.ingest.rate-per-second")) {
            if (!settings.containsKey(limit)) {
                command.add("-D" + limit + "=0");
            }
        }
        // -Dbench.jfr=DIR: a flight recording per engine, named after its log, for profiling a scenario.
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null) {
            String name = log.getFileName().toString().replace(".log", ".jfr");
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).resolve(name));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        int port = Integer.parseInt(settings.get("casebook.http.port"));
        Api api = new Api(port);
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(repoRoot.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = started + TimeUnit.SECONDS.toNanos(180);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The engine exited with " + process.exitValue()
                            + " before it was ready; log: " + log + "\n" + tail(log));
                }
                try {
                    if (api.get("/api/status").status() == 200) {
                        return new Engine(process, log, port, (System.nanoTime() - started) / 1e6);
                    }
                } catch (UncheckedIOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("The engine was not ready within 180 s; log: " + log);
                }
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Api api() {
        return new Api(port);
    }

    int port() {
        return port;
    }

    double readyMillis() {
        return readyMillis;
    }

    double rssMiB() {
        return Machine.rssMiB(process.pid());
    }

    Path log() {
        return log;
    }

    /** SIGTERM and wait: the engine's shutdown hook closes the database cleanly before a bulk load opens it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
