package io.casebook.bench;

import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Case search at a given number of stored cases: one client, requests one after another (latency, not
 * throughput), each query with fresh random parameters; p50 and p95.
 */
final class FindBench {

    /** Latency percentiles of one query kind, and requests that did not answer 200. */
    record Figures(double p50, double p95, int failures, String firstFailure) {
    }

    static final String FILTER = "status + tags filter, sorted";
    static final String TEXT = "text search, sorted";
    static final String COMBINED = "status + tags + text, sorted";
    static final String GET = "GET one case";

    private FindBench() {
    }

    static Figures measure(Api api, int samples, long cases, String kind) {
        SplittableRandom r = new SplittableRandom(42);
        LongFunction<String> path = switch (kind) {
            case FILTER -> n -> "/api/cases/_find?status=open&tags=" + CaseBulkLoader.serviceTag(r.nextInt(100))
                    + "&sortField=updatedAt&sortOrder=desc&perPage=20";
            case TEXT -> n -> "/api/cases/_find?search=" + CaseBulkLoader.word(r.nextInt(1000))
                    + "&sortField=createdAt&sortOrder=desc&perPage=20";
            case COMBINED -> n -> "/api/cases/_find?status=open&tags=team-" + r.nextInt(20) + "&search="
                    + CaseBulkLoader.word(r.nextInt(1000)) + "&sortField=createdAt&sortOrder=desc&perPage=20";
            case GET -> n -> "/api/cases/" + CaseBulkLoader.caseId(r.nextLong(cases));
            default -> throw new IllegalArgumentException(kind);
        };
        for (int i = 0; i < Math.max(3, samples / 10); i++) {
            api.get(path.apply(i));
        }
        long[] nanos = new long[samples];
        int failures = 0;
        String first = null;
        for (int i = 0; i < samples; i++) {
            String p = path.apply(i);
            long t0 = System.nanoTime();
            Api.Reply reply = api.get(p);
            nanos[i] = System.nanoTime() - t0;
            if (reply.status() != 200) {
                failures++;
                if (first == null) {
                    first = p + " -> " + reply.status() + " " + reply.body();
                }
            }
        }
        Percentiles pct = new Percentiles(nanos);
        return new Figures(pct.ms(50), pct.ms(95), failures, first);
    }
}
