package io.casebook.bench;

import io.vertx.core.Vertx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every scenario of issue 7 against the packaged engine and writes {@code latest.md} and {@code latest.json}:
 * baselines first (empty handler, broker, Alertmanager when installed), then each database in turn.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        // Interrupted (Ctrl-C, kill): the engines it started must not run on, orphaned.
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        try {
            bench(args);
        } catch (Throwable e) {
            // Exit for sure: the failed scenario's threads (Vert.x, a broker, PostgreSQL) would keep the JVM, and
            // CI with it, waiting forever; and the engines it started must not outlive it.
            e.printStackTrace();
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            System.exit(1);
        }
    }

    private static void bench(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.jar())) {
            System.err.println(options.jar() + " is missing: build the engine first (bench/run does)");
            System.exit(2);
        }
        long started = System.nanoTime();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("mode", (options.smoke() ? "smoke (tiny sizes, seconds per scenario: the figures mean nothing)"
                : "full") + (options.scenarios().equals(BenchOptions.SCENARIOS)
                && options.databases().equals(BenchOptions.DATABASES) ? ""
                : ", partial: " + options.scenarios() + " on " + options.databases()));
        header.put("date", Instant.now().toString());
        header.put("engine", options.jar() + " (commit " + System.getProperty("bench.commit", "unknown") + ")");
        header.putAll(Machine.describe());
        header.put("load average at start", Machine.loadAverage());
        Results results = new Results();
        Path work = Files.createTempDirectory("casebook-bench-");
        Vertx vertx = Vertx.vertx();
        boolean finished = false;
        try {
            run(options, results, vertx, work, header);
            finished = true;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
            header.put("load average at end", Machine.loadAverage());
            header.put("duration", String.format("%.0f s", (System.nanoTime() - started) / 1e9));
            results.write(options.out(), header);
            System.out.println("\n" + results.table());
            System.out.println("Wrote " + options.out().resolve("latest.md") + " and latest.json in "
                    + header.get("duration") + (finished ? "" : "; engine logs and data kept under " + work));
        }
        // A full run leaves gigabytes of databases behind: kept only when something failed, for its logs.
        try (var paths = Files.walk(work)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.exit(0);
    }

    private static void run(BenchOptions options, Results results, Vertx vertx, Path work, Map<String, Object> header)
            throws Exception {
        IngestBench ingest = new IngestBench(new Load(vertx), options.warmUp());
        System.out.println("== Baselines (load average " + Machine.loadAverage() + ")");
        long t = System.nanoTime();
        Baselines.EmptyHandler empty = Baselines.emptyHandler(ingest, options.baseline());
        results.add("Baseline", "empty handler (Vert.x), single-alert requests", empty.singlePerSecond(), "req/s");
        results.add("Baseline", "empty handler (Vert.x), batch requests of 100", empty.batchesPerSecond(), "req/s");
        Optional<Double> alertmanager = Baselines.alertmanager(ingest, options.baseline(), work);
        if (alertmanager.isPresent()) {
            results.add("Baseline", "Alertmanager, same alerts in batches of 100 (POST /api/v2/alerts)",
                    alertmanager.get(), "alerts/s");
        } else {
            results.note("Alertmanager is not installed (apt-get install prometheus-alertmanager): "
                    + "its baseline and the batch goal are not measured.");
        }
        try (Broker broker = new Broker(work.resolve("broker")); FakeJira jira = new FakeJira(vertx);
             Postgres pg = Postgres.start(options.pgUrl(), options.pgUser(), options.pgPassword())) {
            header.put("postgresql", pg.describe());
            double drain = Double.NaN;
            if (options.runs("jms")) {
                AlertStream stream = new AlertStream("raw");
                double send = broker.fill("bench.baseline", options.brokerBaseline(), 4, stream::nativeAlert);
                drain = broker.drain("bench.baseline", options.brokerBaseline(), 4);
                results.add("Baseline", "ActiveMQ 6.3.1 KahaDB persistent sends (4 producers)", send, "msg/s");
                results.add("Baseline", "ActiveMQ 6.3.1 drain, transacted (4 consumers)", drain, "msg/s");
            }
            System.out.printf("  (baselines took %.0f s)%n", (System.nanoTime() - t) / 1e9);
            StoreScenarios scenarios = new StoreScenarios(options, results, broker, ingest,
                    new PushBench(new Load(vertx), jira), empty, alertmanager.orElse(null), drain, work);
            if (options.databases().contains("h2")) {
                Path h2Raw = Files.createDirectories(work.resolve("raw-h2"));
                scenarios.run(Store.h2(work.resolve("h2")), Store.h2(h2Raw));
            }
            if (options.databases().contains("pg")) {
                scenarios.run(pg.newDatabase("casebook_bench"), pg.newDatabase("raw_bench"));
            }
        }
    }
}
