package io.casebook.adapter.out.jdbc;

import io.casebook.application.TextSearch;
import io.casebook.domain.Case;
import org.jdbi.v3.core.Handle;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps {@code case_words}, the word index of case search, in step with each case's title and description: one
 * row per distinct word and field. Deleting a case deletes its rows (ON DELETE CASCADE).
 */
final class CaseWordRows {

    /** The indexed text fields; the code is what {@code case_words.field} stores. */
    enum Field {
        TITLE(1, "title", TextSearch.Field.TITLE),
        DESCRIPTION(2, "description", TextSearch.Field.DESCRIPTION);

        private final int code;
        private final String column;
        private final TextSearch.Field searchField;

        Field(int code, String column, TextSearch.Field searchField) {
            this.code = code;
            this.column = column;
            this.searchField = searchField;
        }

        int code() {
            return code;
        }

        /** The {@code cases} column the words come from (a fixed name, safe in SQL text). */
        String column() {
            return column;
        }

        static List<Field> searchedBy(TextSearch search) {
            return Arrays.stream(values()).filter(f -> search.searches(f.searchField)).toList();
        }
    }

    /** A stored word of one field. */
    private record Row(int field, String word) {
    }

    private CaseWordRows() {
    }

    /** Writes the rows of a case just inserted. */
    static void insert(Handle h, Case c) {
        write(h, c.getId(), rows(c));
    }

    /**
     * Brings the rows of an updated case in line with its text. Most updates (status, comments, assignees) leave
     * the text alone: comparing with the stored rows first means they write nothing here.
     */
    static void update(Handle h, Case c) {
        Set<Row> wanted = rows(c);
        Set<Row> stored = new HashSet<>(h.createQuery("SELECT field, word FROM case_words WHERE case_id = :id")
                .bind("id", c.getId()).map((rs, ctx) -> new Row(rs.getInt("field"), rs.getString("word"))).list());
        Set<Row> gone = new HashSet<>(stored);
        gone.removeAll(wanted);
        if (!gone.isEmpty()) {
            var delete = h.prepareBatch("DELETE FROM case_words WHERE case_id = :id AND field = :field AND word = :word");
            gone.forEach(r -> delete.bind("id", c.getId()).bind("field", r.field()).bind("word", r.word()).add());
            delete.execute();
        }
        wanted.removeAll(stored);
        write(h, c.getId(), wanted);
    }

    private static Set<Row> rows(Case c) {
        Set<Row> rows = new HashSet<>();
        SearchWords.of(c.getTitle()).forEach(w -> rows.add(new Row(Field.TITLE.code, w)));
        SearchWords.of(c.getDescription()).forEach(w -> rows.add(new Row(Field.DESCRIPTION.code, w)));
        return rows;
    }

    private static void write(Handle h, String caseId, Set<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = h.prepareBatch("INSERT INTO case_words (case_id, field, word) VALUES (:id, :field, :word)");
        rows.forEach(r -> insert.bind("id", caseId).bind("field", r.field()).bind("word", r.word()).add());
        insert.execute();
    }
}
