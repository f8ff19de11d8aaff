package io.casebook.adapter.out.jdbc;

import io.casebook.config.Settings;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's half of DESIGN §2 ("acknowledged means stored"), without HTTP in the way: a child
 * JVM commits from many threads as fast as H2 allows and reports each commit that returned; it is SIGKILLed
 * mid-stream, several times over the same file. Every reported commit must be in the file afterwards, and the
 * file must be fit to go on with: the transactions cut short by the kill can be run again (no row left locked
 * by a transaction that died, which made redelivered alerts time out for ever) and identity columns do not
 * hand out a number twice. KillDuringBurstIT found each of these now and then; this drives the same races many
 * times faster (see H2WriteGate for the cause of the last two).
 */
@Tag("slow")
class H2CommitDurabilityIT {

    static final int THREADS = 16;
    static final int KILLS = 8;
    static final int ACKS_BEFORE_KILL = 2_000;

    @Test
    void everyCommitThatReturnedIsInTheFileAndTheCutShortOnesCanRunAgain() throws Exception {
        Path dataDir = Files.createTempDirectory("casebook-h2-kill");
        Settings settings = Settings.load(Map.of("casebook.data.dir", dataDir.toString()));
        Set<Long> acknowledged = new HashSet<>();
        List<String> unfit = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Round round = commitUntilKilled(dataDir, kill * 1_000_000_000L);
            acknowledged.addAll(round.acknowledged());
            try (Database database = Database.open(settings)) {
                database.jdbi().useHandle(h -> runAgain(h, round.cutShort(), unfit));
            }
        }
        assertThat(unfit).as("the file after a kill").isEmpty();
        try (Database database = Database.open(settings)) {
            List<Long> stored = database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM durability_probe")
                    .mapTo(Long.class).list());
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * ACKS_BEFORE_KILL);
            assertThat(lost).as("commits that returned but are missing after SIGKILL").isEmpty();
        }
    }

    /** What a redelivery does after the restart: the same inserts again, each in its own transaction. */
    private static void runAgain(Handle h, Set<Long> cutShort, List<String> unfit) {
        h.execute("SET LOCK_TIMEOUT 2000");
        for (long id : cutShort) {
            try {
                h.useTransaction(tx -> {
                    tx.execute(H2Committer.INSERT_PROBE, id, "f" + id, "again");
                    tx.execute(H2Committer.INSERT_EVENT, id);
                });
            } catch (RuntimeException e) {
                unfit.add(id + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    private record Round(Set<Long> acknowledged, Set<Long> cutShort) {
    }

    private Round commitUntilKilled(Path dataDir, long firstId) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2Committer.class.getName(), dataDir.toString(),
                String.valueOf(THREADS), String.valueOf(firstId)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Set<Long> acknowledged = new HashSet<>();
        Set<Long> tried = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("try ")) {
                    tried.add(Long.parseLong(line.substring(4)));
                } else if (line.startsWith("ack ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                    if (acknowledged.size() >= ACKS_BEFORE_KILL) {
                        // SIGKILL on Linux: no shutdown hook, no H2 close. It also closes our end of the pipe,
                        // so acknowledgements printed after this one are not read, and not counted.
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child gone").isTrue();
        }
        assertThat(acknowledged).as("the child committed before it was killed").isNotEmpty();
        tried.removeAll(acknowledged);
        return new Round(acknowledged, tried);
    }
}
