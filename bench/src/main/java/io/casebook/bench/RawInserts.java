package io.casebook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database baseline: rows shaped like the engine's {@code alerts} table (same columns, keys and indexes),
 * JDBC batch inserts of 100 rows per committed transaction (one Alertmanager notification) from 4 threads.
 */
final class RawInserts {

    private RawInserts() {
    }

    static double rowsPerSecond(Store store, Duration duration) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_alerts (id VARCHAR(64) PRIMARY KEY, source VARCHAR(255) NOT NULL, "
                    + "fingerprint VARCHAR(255) NOT NULL, format VARCHAR(32) NOT NULL, status VARCHAR(16) NOT NULL, "
                    + "severity VARCHAR(16), title VARCHAR NOT NULL, description VARCHAR, labels VARCHAR NOT NULL, "
                    + "fields VARCHAR NOT NULL, links VARCHAR NOT NULL, rule_id VARCHAR(255), rule_name VARCHAR(1024), "
                    + "group_key VARCHAR(1024), starts_at TIMESTAMP WITH TIME ZONE, "
                    + "first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL, last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "content_digest VARCHAR(64) NOT NULL, event_count INTEGER NOT NULL, "
                    + "CONSTRAINT uq_bench_alerts UNIQUE (source, fingerprint))");
            s.execute("CREATE INDEX ix_bench_alerts_seen ON bench_alerts (last_seen_at)");
        }
        AtomicLong rows = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    insertUntil(store, deadline, rows);
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rows.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void insertUntil(Store store, long deadline, AtomicLong rows) throws Exception {
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            PreparedStatement p = c.prepareStatement("INSERT INTO bench_alerts (id, source, fingerprint, format, "
                    + "status, severity, title, description, labels, fields, links, rule_id, rule_name, group_key, "
                    + "starts_at, first_seen_at, last_seen_at, content_digest, event_count) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            while (System.nanoTime() < deadline) {
                Timestamp now = new Timestamp(System.currentTimeMillis());
                for (int i = 0; i < 100; i++) {
                    String id = UUID.randomUUID().toString();
                    p.setString(1, id);
                    p.setString(2, "alertmanager");
                    p.setString(3, id.substring(0, 16));
                    p.setString(4, "alertmanager");
                    p.setString(5, "firing");
                    p.setString(6, "medium");
                    p.setString(7, "BenchAlert on instance " + id);
                    p.setString(8, null);
                    p.setString(9, "{\"alertname\":\"BenchAlert1\",\"cluster\":\"cluster-0\",\"instance\":\"" + id
                            + "\",\"severity\":\"warning\"}");
                    p.setString(10, "{\"annotations\":{\"summary\":\"BenchAlert1\"},\"receiver\":\"casebook\"}");
                    p.setString(11, "[{\"label\":\"generator\",\"url\":\"http://prometheus:9090/graph\"}]");
                    p.setString(12, "BenchAlert1");
                    p.setString(13, "BenchAlert1");
                    p.setString(14, "{}:{alertname=\"BenchAlert1\"}");
                    p.setTimestamp(15, now);
                    p.setTimestamp(16, now);
                    p.setTimestamp(17, now);
                    p.setString(18, id.replace("-", "") + id.replace("-", ""));
                    p.setInt(19, 1);
                    p.addBatch();
                }
                p.executeBatch();
                c.commit();
                rows.addAndGet(100);
            }
        }
    }
}
