package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.config.Settings;
import io.casebook.wiring.Stores;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link H2CommitDurabilityIT}: commits small transactions on the embedded H2 database
 * from several threads through the engine's own {@code Transactions}, and prints {@code ack <id>} once each
 * commit has returned, which is the moment the engine would answer 202.
 */
public final class H2Committer {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long firstId = Long.parseLong(args[2]); // each run over the same file takes ids of its own
        Settings settings = Settings.load(Map.of("casebook.data.dir", dataDir.toString()));
        Database database = Database.open(settings);
        var transactions = Stores.over(database, new ObjectMapper()).tx(); // as the engine wires them
        database.jdbi().useHandle(h -> h.execute(
                "CREATE TABLE IF NOT EXISTS durability_probe (id BIGINT PRIMARY KEY, payload VARCHAR(2000))"));
        PrintStream out = new PrintStream(System.out, false);
        AtomicLong next = new AtomicLong(firstId);
        String payload = "x".repeat(1500); // about an alert's size, so H2's unsaved-memory threshold is reached too
        System.out.println("ready");
        System.out.flush();
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                while (true) {
                    long id = next.getAndIncrement();
                    transactions.inTransaction(() -> database.jdbi().withHandle(h -> h.execute(
                            "INSERT INTO durability_probe (id, payload) VALUES (?, ?)", id, payload)));
                    synchronized (out) {
                        out.println("ack " + id);
                        out.flush();
                    }
                }
            }, "committer-" + t).start();
        }
    }
}
