package db.migration;

import io.casebook.adapter.out.jdbc.SearchWords;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Fills {@code case_words} (V12) for the cases stored before it existed. Java, not SQL: the words must be split
 * by the same tokenizer the engine searches with ({@link SearchWords}), which SQL cannot do portably.
 */
public class V13__Case_words extends BaseJavaMigration {

    private static final int PAGE = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement page = c.prepareStatement("SELECT id, title, description FROM cases WHERE id > ? "
                + "ORDER BY id LIMIT " + PAGE);
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO case_words (case_id, field, word) VALUES (?, ?, ?)")) {
            String after = "";
            int read;
            do {
                read = 0;
                page.setString(1, after);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getString("id");
                        add(insert, after, 1, rs.getString("title"));
                        add(insert, after, 2, rs.getString("description"));
                    }
                }
                insert.executeBatch();
            } while (read == PAGE);
        }
    }

    /** Field codes as CaseWordRows.Field stores them: 1 title, 2 description. */
    private static void add(PreparedStatement insert, String caseId, int field, String text) throws Exception {
        for (String word : SearchWords.of(text)) {
            insert.setString(1, caseId);
            insert.setInt(2, field);
            insert.setString(3, word);
            insert.addBatch();
        }
    }
}
