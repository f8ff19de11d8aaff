package io.casebook.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * HTTP ingest: closed-loop load of unique alerts for a fixed time, then waits until the rules have put every
 * accepted alert into a case. Latency of a request = from its send to the moment the case counters first
 * covered its alerts, taking the alerts in the order they were acknowledged (the router takes the oldest
 * first), at the resolution of {@link CommitWatch#POLL_MILLIS}. Each run starts with a warm-up (JIT, connection
 * pools) whose alerts are numbered apart from the measured ones and drained before the measurement.
 */
final class IngestBench {

    /** The figures of one ingest run. {@code intoCasesPerSecond} is NaN when the drain timed out. */
    record Figures(long accepted, long failedRequests, double acceptedPerSecond, double intoCasesPerSecond,
                   double p50Millis, double p99Millis, long routed, String firstFailure, double requestsPerSecond) {
    }

    /** Warm-up calls are numbered from here, so their alerts never collide with the measured ones. */
    private static final long WARM_UP_NUMBERS = 1_000_000_000L;

    private final Load load;
    private final Duration warmUp;

    IngestBench(Load load, Duration warmUp) {
        this.load = load;
        this.warmUp = warmUp;
    }

    /** Load only (a baseline server): requests and alerts per second acknowledged, after the warm-up. */
    Load.Run blast(int port, int concurrency, Duration duration, LongFunction<Load.Call> calls) {
        load.run(port, concurrency, warmUp, Long.MAX_VALUE, n -> calls.apply(WARM_UP_NUMBERS + n));
        return load.run(port, concurrency, duration, Long.MAX_VALUE, calls);
    }

    Figures measure(Engine engine, CommitWatch watch, int concurrency, Duration duration, Duration drainWithin,
                    LongFunction<Load.Call> calls) {
        long before = watch.current();
        Load.Run warm = load.run(engine.port(), concurrency, warmUp, Long.MAX_VALUE,
                n -> calls.apply(WARM_UP_NUMBERS + n));
        watch.awaitAtLeast(before + warm.okAlerts(), drainWithin.toMillis());
        long base = watch.current();
        Load.Run run = load.run(engine.port(), concurrency, duration, Long.MAX_VALUE, calls);
        long accepted = run.okAlerts();
        long doneAt = watch.awaitAtLeast(base + accepted, drainWithin.toMillis());
        List<Load.Sent> ok = run.sent().stream().filter(Load.Sent::ok)
                .sorted(Comparator.comparingLong(Load.Sent::answeredNanos)).toList();
        long[] latencies = new long[ok.size()];
        int n = 0;
        long covered = base;
        for (Load.Sent s : ok) {
            covered += s.alerts();
            long at = watch.firstAtLeast(covered);
            if (at >= 0) {
                latencies[n++] = Math.max(0, at - s.sentNanos());
            }
        }
        Percentiles p = new Percentiles(java.util.Arrays.copyOf(latencies, n));
        double intoCases = doneAt < 0 ? Double.NaN : accepted / ((doneAt - run.startNanos()) / 1e9);
        return new Figures(accepted, run.failed(), run.okAlertsPerSecond(), intoCases, p.ms(50), p.ms(99),
                watch.current() - base, run.firstFailure(), run.okRequestsPerSecond());
    }
}
