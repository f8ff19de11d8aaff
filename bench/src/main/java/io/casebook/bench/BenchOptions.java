package io.casebook.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line, and the sizes of a smoke run (seconds, tiny: it must stay under about a minute in CI, so
 * its JMS queue holds 500 messages) or a full run (issue 7's sizes). {@code --db}, {@code --only},
 * {@code --jms-messages} and {@code --find-sizes} narrow a run to what a change touches, for before/after figures.
 */
record BenchOptions(boolean smoke, Path repo, Path jar, Path out, String pgUrl, String pgUser, String pgPassword,
                    Duration ingest, Duration baseline, Duration warmUp, Duration drainWithin, long jmsMessages,
                    long brokerBaseline, List<Long> findSizes, int findSamples, int pushes, int slowPushes,
                    Set<String> databases, Set<String> scenarios) {

    static final Set<String> DATABASES = Set.of("h2", "pg");
    static final Set<String> SCENARIOS = Set.of("jms", "http", "push", "search");

    static final String USAGE = "usage: bench/run [--smoke] [--pg-url jdbc:postgresql://host:port/db] [--pg-user U] "
            + "[--pg-password P] [--out DIR] [--no-build] [--db h2,pg] [--only jms,http,push,search] "
            + "[--jms-messages N] [--find-sizes N,N]";

    static BenchOptions parse(String[] args) {
        boolean smoke = false;
        Path repo = Path.of("").toAbsolutePath();
        Path out = null;
        String pgUrl = null;
        String pgUser = "postgres";
        String pgPassword = "";
        Set<String> databases = DATABASES;
        Set<String> scenarios = SCENARIOS;
        Long jmsMessages = null;
        List<Long> findSizes = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath();
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--pg-url" -> pgUrl = args[++i];
                case "--pg-user" -> pgUser = args[++i];
                case "--pg-password" -> pgPassword = args[++i];
                case "--db" -> databases = subset(args[++i], DATABASES);
                case "--only" -> scenarios = subset(args[++i], SCENARIOS);
                case "--jms-messages" -> jmsMessages = Long.parseLong(args[++i]);
                case "--find-sizes" -> findSizes = Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        Path jar = repo.resolve("target/casebook.jar");
        Path results = out != null ? out : repo.resolve("bench/results");
        if (smoke) {
            return new BenchOptions(true, repo, jar, results, pgUrl, pgUser, pgPassword, Duration.ofSeconds(2),
                    Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(30),
                    jmsMessages != null ? jmsMessages : 500, 1_000,
                    findSizes != null ? findSizes : List.of(1_000L), 30, 20, 6, databases, scenarios);
        }
        return new BenchOptions(false, repo, jar, results, pgUrl, pgUser, pgPassword, Duration.ofSeconds(20),
                Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1800),
                jmsMessages != null ? jmsMessages : 200_000, 50_000,
                findSizes != null ? findSizes : List.of(100_000L, 1_000_000L), 200, 1_000, 200, databases, scenarios);
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    private static Set<String> subset(String list, Set<String> allowed) {
        Set<String> chosen = new LinkedHashSet<>(Arrays.asList(list.split(",")));
        if (chosen.isEmpty() || !allowed.containsAll(chosen)) {
            throw new IllegalArgumentException("choose among " + allowed + ": " + list + "\n" + USAGE);
        }
        return chosen;
    }
}
