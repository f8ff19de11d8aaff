package io.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario on one database. First engine (empty database, the bench's broker holding a pre-filled
 * queue): start-up, JMS drain, HTTP ingest (single alerts, then Alertmanager batches), pushes. Then for each
 * search size: stop, bulk-load cases, start again on the embedded defaults, search, measure start-up and memory.
 */
final class StoreScenarios {

    private final BenchOptions options;
    private final Results results;
    private final Broker broker;
    private final IngestBench ingest;
    private final PushBench push;
    private final Baselines.EmptyHandler empty;
    private final Double alertmanagerRate;
    private final double brokerDrain;
    private final Path work;

    StoreScenarios(BenchOptions options, Results results, Broker broker, IngestBench ingest, PushBench push,
                   Baselines.EmptyHandler empty, Double alertmanagerRate, double brokerDrain, Path work) {
        this.options = options;
        this.results = results;
        this.broker = broker;
        this.ingest = ingest;
        this.push = push;
        this.empty = empty;
        this.alertmanagerRate = alertmanagerRate;
        this.brokerDrain = brokerDrain;
        this.work = work;
    }

    void run(Store store, Store rawStore) throws Exception {
        String db = store.name();
        System.out.println("== " + db + " (load average " + Machine.loadAverage() + ")");
        Results.Baseline raw = new Results.Baseline("raw JDBC batch insert, " + db,
                RawInserts.rowsPerSecond(rawStore, options.baseline()), "rows/s");
        results.add("Baseline (" + db + ")", "raw batched inserts (4 threads, 100 rows/commit)", raw.value(), "rows/s");

        String queue = "bench." + db.toLowerCase() + ".alerts";
        AlertStream jmsStream = new AlertStream("jms" + db.toLowerCase());
        if (options.runs("jms")) {
            broker.fill(queue, options.jmsMessages(), 4, jmsStream::nativeAlert);
        }
        Path dataDir = Files.createDirectories(work.resolve(db.toLowerCase()));
        Map<String, String> settings = settings(store, dataDir);
        settings.put("casebook.broker.url", broker.url());
        settings.put("casebook.ingest.queue", queue);
        // The default (10 calls/s per connector) is a courtesy to a SaaS quota; the bench measures the engine.
        settings.put("casebook.connectors.calls-per-second", "1000000");
        CommitWatch dequeues = new CommitWatch(() -> {
            try {
                return broker.dequeued(queue);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Results.Baseline startEmpty;
        Results.Baseline rssEmpty;
        try (Engine engine = start(settings, dataDir, "engine-1"); CommitWatch routed = CommitWatch.routedInto(engine)) {
            startEmpty = new Results.Baseline("empty database", engine.readyMillis(), "ms");
            rssEmpty = new Results.Baseline("empty database", engine.rssMiB(), "MiB");
            results.add("Start-up (" + db + ")", "start to ready, empty database", engine.readyMillis(), "ms", null,
                    Goal.atMost(5000, "ms", "(DESIGN 4.1)"));
            long t = System.nanoTime();
            if (options.runs("jms")) {
                jms(db, routed, dequeues);
                t = took("JMS", t);
            }
            if (options.runs("http")) {
                httpIngest(db, engine, routed, raw);
                t = took("HTTP ingest", t);
            }
            if (options.runs("push")) {
                pushes(db, engine);
                took("pushes", t);
            }
            CaseBulkLoader.createTemplate(engine.api());
        } finally {
            dequeues.close();
        }

        long loaded = 0;
        for (long size : options.runs("search") ? options.findSizes() : List.<Long>of()) {
            double rate = CaseBulkLoader.load(store, loaded, size);
            System.out.printf("  loaded %,d cases (%,.0f rows/s)%n", size, rate);
            loaded = size;
            Map<String, String> defaults = settings(store, dataDir);
            defaults.put("casebook.broker.embedded-url", "tcp://127.0.0.1:" + Engine.freePort());
            try (Engine engine = start(defaults, dataDir, "engine-" + size)) {
                search(db, engine, size, startEmpty);
                results.add("Memory (" + db + ")", String.format("resident memory, %,d cases, after searching", size),
                        engine.rssMiB(), "MiB", rssEmpty, null);
            }
        }
    }

    private static long took(String what, long since) {
        long now = System.nanoTime();
        System.out.printf("  (%s took %.1f s)%n", what, (now - since) / 1e9);
        return now;
    }

    private void jms(String db, CommitWatch routed, CommitWatch dequeues) {
        long n = options.jmsMessages();
        String scenario = String.format("JMS ingest, %,d pre-filled (%s)", n, db);
        long acked = dequeues.awaitAtLeast(n, options.drainWithin().toMillis());
        long intoCases = routed.awaitAtLeast(n, options.drainWithin().toMillis());
        long first = dequeues.firstAtLeast(1);
        Results.Baseline drain = new Results.Baseline("broker drain", brokerDrain, "msg/s");
        results.add(scenario, "alerts/s stored (messages acknowledged)",
                acked < 0 ? Double.NaN : n / ((acked - first) / 1e9), "alerts/s", drain, null);
        results.add(scenario, "alerts/s into cases", intoCases < 0 ? Double.NaN : n / ((intoCases - first) / 1e9),
                "alerts/s", drain, Goal.ratioAtLeast(0.5, "raw broker (issue 7)"));
        if (acked < 0 || intoCases < 0) {
            results.note(scenario + ": not drained within " + options.drainWithin() + " (acknowledged "
                    + dequeues.current() + ", in cases " + routed.current() + ")");
        }
    }

    private void httpIngest(String db, Engine engine, CommitWatch routed, Results.Baseline raw) {
        AlertStream single = new AlertStream("one");
        IngestBench.Figures f = ingest.measure(engine, routed, Baselines.SINGLE_CONCURRENCY, options.ingest(),
                options.drainWithin(), n -> Load.Call.post("/api/alerts", single.nativeAlert(n), 1));
        Results.Baseline handler = new Results.Baseline("empty handler", empty.singlePerSecond(), "req/s");
        report("HTTP ingest, native single alerts (" + db + ")", f, handler,
                Goal.ratioAtLeast(0.5, "empty handler (issue 7)"), raw);

        AlertStream am = new AlertStream("am" + db.toLowerCase());
        f = ingest.measure(engine, routed, Baselines.BATCH_CONCURRENCY, options.ingest(), options.drainWithin(),
                n -> Load.Call.post("/api/alerts/alertmanager", am.alertmanagerBatch(n), AlertStream.BATCH));
        String scenario = "HTTP ingest, Alertmanager batches of 100 (" + db + ")";
        report(scenario, f, new Results.Baseline("empty handler", empty.batchesPerSecond() * AlertStream.BATCH,
                "alerts/s"), null, raw);
        Results.Baseline manager = new Results.Baseline("Alertmanager (in memory)",
                alertmanagerRate == null ? Double.NaN : alertmanagerRate, "alerts/s");
        results.add(scenario, "alerts/s into cases, vs Alertmanager", f.intoCasesPerSecond(), "alerts/s",
                alertmanagerRate == null ? null : manager, Goal.ratioAtLeast(1.0, "Alertmanager, durable (issue 7)"));
    }

    private void report(String scenario, IngestBench.Figures f, Results.Baseline handler, Goal goal,
                        Results.Baseline raw) {
        results.add(scenario, "alerts/s accepted (202)", f.acceptedPerSecond(), "alerts/s", handler, null);
        results.add(scenario, "alerts/s into cases", f.intoCasesPerSecond(), "alerts/s", handler, goal);
        results.add(scenario, "alerts/s into cases, vs raw inserts", f.intoCasesPerSecond(), "alerts/s", raw, null);
        results.add(scenario, "p50 send to case committed", f.p50Millis(), "ms");
        results.add(scenario, "p99 send to case committed", f.p99Millis(), "ms", null,
                Goal.atMost(250, "ms", "(peers.md 6 target)"));
        if (f.failedRequests() > 0 || f.routed() < f.accepted()) {
            results.note(scenario + ": " + f.failedRequests() + " requests failed (first: " + f.firstFailure()
                    + "); " + f.routed() + " of " + f.accepted() + " accepted alerts reached a case in time");
        }
    }

    private void pushes(String db, Engine engine) throws Exception {
        String connector = PushBench.createConnector(engine.api(), push.jiraUrl());
        int perConnector = 2;
        for (long latency : new long[] {0, 100}) {
            int count = latency == 0 ? options.pushes() : options.slowPushes();
            PushBench.Figures f = push.measure(engine, connector, count, 8, perConnector, latency);
            String scenario = "Push to fake Jira, " + latency + " ms latency (" + db + ")";
            results.add(scenario, "pushes/s (new case: search, create, read back)", f.enginePerSecond(), "pushes/s",
                    new Results.Baseline("fake served directly, " + perConnector + " concurrent", f.directPerSecond(),
                            "pushes/s"), Goal.ratioAtLeast(0.8, "what the fake serves (issue 7)"));
            results.add(scenario, "external calls per push", f.callsPerPush(), "calls");
            if (f.failed() > 0) {
                results.note(scenario + ": " + f.failed() + " pushes failed (first: " + f.firstFailure() + ")");
            }
        }
    }

    private void search(String db, Engine engine, long size, Results.Baseline startEmpty) {
        results.add("Start-up (" + db + ")", String.format("start to ready, %,d cases", size), engine.readyMillis(),
                "ms", startEmpty, Goal.atMost(5000, "ms", "(DESIGN 4.1)"));
        String scenario = String.format("Case search, %,d cases (%s)", size, db);
        Goal goal = null;
        if (db.equals("H2") && size == 100_000) {
            goal = Goal.atMost(100, "ms", "at 100,000 on H2 (issue 7)");
        } else if (db.equals("PostgreSQL") && size == 1_000_000) {
            goal = Goal.atMost(50, "ms", "at 1,000,000 on PostgreSQL (issue 7)");
        }
        Api api = engine.api();
        for (String kind : new String[] {FindBench.FILTER, FindBench.TEXT, FindBench.COMBINED, FindBench.GET}) {
            FindBench.Figures f = FindBench.measure(api, options.findSamples(), size, kind);
            results.add(scenario, kind + " p50", f.p50(), "ms");
            results.add(scenario, kind + " p95", f.p95(), "ms", null, kind.equals(FindBench.GET) ? null : goal);
            if (f.failures() > 0) {
                results.note(scenario + ", " + kind + ": " + f.failures() + " requests failed (first: "
                        + f.firstFailure() + ")");
            }
        }
    }

    private Map<String, String> settings(Store store, Path dataDir) {
        Map<String, String> s = new HashMap<>(store.engineSettings());
        s.put("casebook.http.port", String.valueOf(Engine.freePort()));
        s.put("casebook.data.dir", dataDir.toString());
        return s;
    }

    private Engine start(Map<String, String> settings, Path dataDir, String name) {
        return Engine.start(options.repo(), options.jar(), "512m", settings, dataDir.resolve(name + ".log"));
    }
}
