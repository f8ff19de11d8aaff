package io.casebook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Loads cases straight into the engine's schema over JDBC while the engine is stopped (minutes instead of the
 * hours the API would take). The JSON columns are copied from a template case the engine created through its
 * API, so every loaded row reads back as the engine wrote it; tags also go to {@code case_tags}, the words of
 * title and description to {@code case_words} (split as the engine splits them, {@link CaseWords}), and the
 * space's case counter is moved past the loaded numbers.
 */
final class CaseBulkLoader {

    static final String TEMPLATE_TITLE = "bench-template";
    static final String[] OWNERS = {"cases", "observability", "securitySolution"};

    private CaseBulkLoader() {
    }

    /** The id of loaded case {@code i}. */
    static String caseId(long i) {
        return String.format(Locale.ROOT, "b0000000-0000-4000-8000-%012d", i);
    }

    /** Tag {@code svc-<k>}: each loaded case has one of 100, one of 20 teams and one of 3 environments. */
    static String serviceTag(long k) {
        return "svc-" + k;
    }

    /** Description word {@code w<k>} of 1,000: each case has 3, so a word is in about 0.3 % of the cases. */
    static String word(long k) {
        return "w" + k;
    }

    /** The template case: created through the API before the engine is stopped for a load. */
    static void createTemplate(Api api) {
        api.postOk("/api/cases", "{\"title\":\"" + TEMPLATE_TITLE + "\",\"description\":\"Template of the loaded "
                + "cases.\",\"tags\":[\"bench\"],\"owner\":\"cases\",\"settings\":{\"syncAlerts\":false},"
                + "\"connector\":{\"id\":\"none\",\"name\":\"none\",\"type\":\".none\",\"fields\":null}}");
    }

    /** Loads cases {@code from} (inclusive) to {@code to} (exclusive); answers rows per second (cases, tags, words). */
    static double load(Store store, long from, long to) throws Exception {
        long start = System.nanoTime();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            Template t = template(c);
            long numbers = maxNumber(c);
            PreparedStatement cases = c.prepareStatement("INSERT INTO cases (id, space_id, owner, incremental_id, "
                    + "version, title, description, status, severity, category, tags, assignees, custom_fields, "
                    + "connector, settings, created_at, created_by, created_by_username, updated_at, updated_by, "
                    + "closed_at, closed_by, total_comment, total_alerts) "
                    + "VALUES (?, 'default', ?, ?, 1, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)");
            PreparedStatement tags = c.prepareStatement("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)");
            PreparedStatement words = c.prepareStatement("INSERT INTO case_words (case_id, field, word) VALUES (?, ?, ?)");
            long rows = 0;
            Instant now = Instant.now();
            for (long i = from; i < to; i++) {
                SplittableRandom r = new SplittableRandom(i);
                String[] caseTags = {serviceTag(r.nextInt(100)), "team-" + r.nextInt(20),
                        "env-" + new String[] {"prod", "staging", "dev"}[r.nextInt(3)]};
                int roll = r.nextInt(10);
                int status = roll < 6 ? 0 : roll < 7 ? 10 : 20;
                OffsetDateTime created = OffsetDateTime.ofInstant(now.minusSeconds(r.nextLong(365L * 86_400)),
                        ZoneOffset.UTC);
                OffsetDateTime updated = created.plusSeconds(r.nextInt(86_400));
                String id = caseId(i);
                cases.setString(1, id);
                cases.setString(2, OWNERS[(int) (i % OWNERS.length)]);
                cases.setLong(3, numbers + 1 + i - from);
                String title = "Bench case " + i + ": disk pressure on " + caseTags[0];
                String description = "Loaded by the bench. Words " + word(r.nextInt(1000)) + " "
                        + word(r.nextInt(1000)) + " " + word(r.nextInt(1000)) + ".";
                cases.setString(4, title);
                cases.setString(5, description);
                cases.setInt(6, status);
                cases.setInt(7, r.nextInt(4) * 10);
                cases.setString(8, "[\"" + String.join("\",\"", caseTags) + "\"]");
                cases.setString(9, t.assignees());
                cases.setString(10, t.customFields());
                cases.setString(11, t.connector());
                cases.setString(12, t.settings());
                cases.setObject(13, created);
                cases.setString(14, t.createdBy());
                cases.setString(15, t.createdByUsername());
                cases.setObject(16, updated);
                cases.setString(17, t.createdBy());
                cases.setObject(18, status == 20 ? updated : null);
                cases.setString(19, status == 20 ? t.createdBy() : null);
                cases.addBatch();
                for (String tag : caseTags) {
                    tags.setString(1, id);
                    tags.setString(2, tag);
                    tags.addBatch();
                }
                rows += 1 + caseTags.length + addWords(words, id, CaseWords.TITLE, title)
                        + addWords(words, id, CaseWords.DESCRIPTION, description);
                if ((i - from + 1) % 1000 == 0 || i == to - 1) {
                    cases.executeBatch();
                    tags.executeBatch();
                    words.executeBatch();
                }
                if ((i - from + 1) % 20_000 == 0 || i == to - 1) {
                    c.commit();
                }
            }
            setCounter(c, numbers + to - from);
            c.commit();
            if (store.isPostgres()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static int addWords(PreparedStatement words, String caseId, int field, String text) throws Exception {
        int n = 0;
        for (String w : CaseWords.of(text)) {
            words.setString(1, caseId);
            words.setInt(2, field);
            words.setString(3, w);
            words.addBatch();
            n++;
        }
        return n;
    }

    /** JSON columns of the template case, as the engine wrote them. */
    private record Template(String assignees, String customFields, String connector, String settings,
                            String createdBy, String createdByUsername) {
    }

    private static Template template(Connection c) throws Exception {
        try (PreparedStatement p = c.prepareStatement("SELECT assignees, custom_fields, connector, settings, created_by, "
                + "created_by_username FROM cases WHERE title = ?")) {
            p.setString(1, TEMPLATE_TITLE);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no template case: create it through the API before loading");
                }
                return new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6));
            }
        }
    }

    private static long maxNumber(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(incremental_id), 0) FROM cases WHERE space_id = 'default'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void setCounter(Connection c, long last) throws Exception {
        try (PreparedStatement u = c.prepareStatement("UPDATE case_counters SET last_id = ? WHERE space_id = 'default'")) {
            u.setLong(1, last);
            if (u.executeUpdate() == 0) {
                try (PreparedStatement i = c.prepareStatement(
                        "INSERT INTO case_counters (space_id, last_id) VALUES ('default', ?)")) {
                    i.setLong(1, last);
                    i.executeUpdate();
                }
            }
        }
    }
}
