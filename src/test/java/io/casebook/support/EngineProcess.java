package io.casebook.support;

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

import static org.awaitility.Awaitility.await;

/**
 * The packaged engine ({@code target/casebook.jar}) in its own JVM, as an operator runs it: for tests that
 * kill it. Output goes to a log file in the data dir, which failures point at.
 */
public final class EngineProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "casebook.jar");

    private final Process process;
    private final Path log;
    private final int httpPort;

    private EngineProcess(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /** Starts {@code java -Xmx512m -jar target/casebook.jar} with the settings as -D options; waits until ready. */
    public static EngineProcess start(Map<String, String> settings, Duration readyWithin) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run `mvn package` first "
                    + "(failsafe runs after it)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m"));
        Map<String, String> all = new java.util.HashMap<>(TestEngine.testSettings());
        all.putAll(settings);
        all.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", JAR.toString()));
        try {
            Path log = Files.createTempFile("casebook-engine-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            int port = Integer.parseInt(settings.get("casebook.http.port"));
            EngineProcess engine = new EngineProcess(process, log, port);
            engine.awaitReady(readyWithin);
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration within) {
        Api api = api();
        await("engine ready (log: " + log + ")").atMost(within).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The engine exited with " + process.exitValue()
                                + " before it was ready; log: " + log + "\n" + Files.readString(log));
                    }
                    try {
                        return api.get("/api/status").status() == 200;
                    } catch (UncheckedIOException e) {
                        return false;
                    }
                });
    }

    public Api api() {
        return new Api(httpPort);
    }

    public Path log() {
        return log;
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, nothing graceful. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: the engine's shutdown hook stops it cleanly. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port free on the loopback interface now (the engine binds it a moment later). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
