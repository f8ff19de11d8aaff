package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.config.Settings;
import io.casebook.wiring.Stores;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link H2CommitDurabilityIT}: commits small transactions on the embedded H2 database
 * from several threads through the engine's own {@code Transactions}, shaped like alert intake (an insert that
 * gives way to an existing identity, plus an event row numbered by an identity column, a few alerts per
 * transaction). It prints {@code try <id>} before a transaction starts and {@code ack <id>} once it has
 * committed, which is the moment the engine would answer 202.
 */
public final class H2Committer {

    static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS durability_probe (id BIGINT PRIMARY KEY, source VARCHAR(100) NOT NULL,
                fingerprint VARCHAR(100) NOT NULL, payload VARCHAR(2000), UNIQUE (source, fingerprint));
            CREATE TABLE IF NOT EXISTS durability_event (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                probe_id BIGINT NOT NULL)""";
    static final String INSERT_PROBE = "INSERT INTO durability_probe (id, source, fingerprint, payload)"
            + " VALUES (?, 'probe', ?, ?) ON CONFLICT DO NOTHING";
    static final String INSERT_EVENT = "INSERT INTO durability_event (probe_id) VALUES (?)";

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long firstId = Long.parseLong(args[2]); // each run over the same file takes ids of its own
        Settings settings = Settings.load(Map.of("casebook.data.dir", dataDir.toString()));
        Database database = Database.open(settings);
        var transactions = Stores.over(database, new ObjectMapper()).tx(); // as the engine wires them
        database.jdbi().useHandle(h -> h.createScript(SCHEMA).execute());
        PrintStream out = new PrintStream(System.out, false);
        AtomicLong next = new AtomicLong(firstId);
        String payload = "x".repeat(1500); // about an alert's size, so H2's unsaved-memory threshold is reached too
        System.out.println("ready");
        System.out.flush();
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                while (true) {
                    long first = next.getAndAdd(8);
                    int count = 1 + ThreadLocalRandom.current().nextInt(8);
                    print(out, "try", first, count);
                    transactions.inTransaction(() -> database.jdbi().withHandle(h -> {
                        for (long id = first; id < first + count; id++) {
                            h.execute(INSERT_PROBE, id, "f" + id, payload);
                            h.execute(INSERT_EVENT, id);
                        }
                        return null;
                    }));
                    print(out, "ack", first, count);
                }
            }, "committer-" + t).start();
        }
    }

    private static void print(PrintStream out, String word, long first, int count) {
        synchronized (out) {
            for (long id = first; id < first + count; id++) {
                out.println(word + " " + id);
            }
            out.flush();
        }
    }
}
