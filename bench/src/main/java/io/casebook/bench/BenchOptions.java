package io.casebook.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The command line, and the sizes of a smoke run (seconds, tiny: it must stay under about a minute in CI, so
 * its JMS queue holds 500 messages) or a full run (issue 7's sizes).
 */
record BenchOptions(boolean smoke, Path repo, Path jar, Path out, String pgUrl, String pgUser, String pgPassword,
                    Duration ingest, Duration baseline, Duration warmUp, Duration drainWithin, long jmsMessages,
                    long brokerBaseline, List<Long> findSizes, int findSamples, int pushes, int slowPushes) {

    static final String USAGE = "usage: bench/run [--smoke] [--pg-url jdbc:postgresql://host:port/db] [--pg-user U] "
            + "[--pg-password P] [--out DIR] [--no-build]";

    static BenchOptions parse(String[] args) {
        boolean smoke = false;
        Path repo = Path.of("").toAbsolutePath();
        Path out = null;
        String pgUrl = null;
        String pgUser = "postgres";
        String pgPassword = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath();
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--pg-url" -> pgUrl = args[++i];
                case "--pg-user" -> pgUser = args[++i];
                case "--pg-password" -> pgPassword = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        Path jar = repo.resolve("target/casebook.jar");
        Path results = out != null ? out : repo.resolve("bench/results");
        if (smoke) {
            return new BenchOptions(true, repo, jar, results, pgUrl, pgUser, pgPassword, Duration.ofSeconds(2),
                    Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(30), 500, 1_000,
                    List.of(1_000L), 30, 20, 6);
        }
        return new BenchOptions(false, repo, jar, results, pgUrl, pgUser, pgPassword, Duration.ofSeconds(20),
                Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(600), 200_000, 50_000,
                List.of(100_000L, 1_000_000L), 200,
                1_000, 200);
    }
}
