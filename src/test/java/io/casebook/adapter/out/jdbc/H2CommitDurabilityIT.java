package io.casebook.adapter.out.jdbc;

import io.casebook.config.Settings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's half of DESIGN §2 ("acknowledged means stored"), without HTTP in the way: a child
 * JVM commits from many threads as fast as H2 allows and reports each commit that returned; it is SIGKILLed
 * mid-stream, several times over the same file, and every reported commit must be in the file afterwards.
 * KillDuringBurstIT found commits lost this way only now and then; this drives the same race hundreds of times
 * faster.
 */
@Tag("slow")
class H2CommitDurabilityIT {

    static final int THREADS = 8;
    static final int KILLS = 5;
    static final int ACKS_BEFORE_KILL = 3_000;

    @Test
    void everyCommitThatReturnedIsInTheFileAfterASigkill() throws Exception {
        Path dataDir = Files.createTempDirectory("casebook-h2-kill");
        Set<Long> acknowledged = new HashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            acknowledged.addAll(commitUntilKilled(dataDir, kill * 1_000_000_000L));
        }
        Settings settings = Settings.load(Map.of("casebook.data.dir", dataDir.toString()));
        try (Database database = Database.open(settings)) {
            List<Long> stored = database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM durability_probe")
                    .mapTo(Long.class).list());
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * ACKS_BEFORE_KILL);
            assertThat(lost).as("commits that returned but are missing after SIGKILL").isEmpty();
        }
    }

    private Set<Long> commitUntilKilled(Path dataDir, long firstId) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2Committer.class.getName(), dataDir.toString(),
                String.valueOf(THREADS), String.valueOf(firstId)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Set<Long> acknowledged = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                    if (acknowledged.size() == ACKS_BEFORE_KILL) {
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
        return acknowledged;
    }
}
