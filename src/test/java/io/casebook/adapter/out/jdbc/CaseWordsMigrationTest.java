package io.casebook.adapter.out.jdbc;

import io.casebook.support.Postgres;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** V13 fills the word index for cases stored before it existed, with the words the engine would have stored. */
class CaseWordsMigrationTest {

    @Test
    void fillsTheWordsOfCasesStoredBeforeTheWordIndex() throws Exception {
        Map<String, String> db = io.casebook.support.Database.postgres() ? Postgres.freshDatabase()
                : Map.of("casebook.db.url", "jdbc:h2:file:" + Files.createTempDirectory("casebook-words")
                        .resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        String url = db.get("casebook.db.url");
        String user = db.getOrDefault("casebook.db.user", "");
        String password = db.getOrDefault("casebook.db.password", "");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("12").load()
                .migrate();
        Jdbi jdbi = Jdbi.create(url, user, password);
        insertOldCase(jdbi, "old-1", 1, "Disk-full on WEB-01", "Überlastung, café!");
        insertOldCase(jdbi, "old-2", 2, "Printer", "");

        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

        assertThat(words(jdbi, "old-1", 1)).containsExactlyInAnyOrderElementsOf(SearchWords.of("Disk-full on WEB-01"))
                .containsExactlyInAnyOrder("disk", "full", "on", "web", "01");
        assertThat(words(jdbi, "old-1", 2)).containsExactlyInAnyOrder("überlastung", "café");
        assertThat(words(jdbi, "old-2", 1)).containsExactly("printer");
        assertThat(words(jdbi, "old-2", 2)).isEmpty();
    }

    private static void insertOldCase(Jdbi jdbi, String id, long number, String title, String description) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO cases (id, space_id, owner, incremental_id, version, title, "
                        + "description, status, severity, tags, assignees, custom_fields, connector, settings, "
                        + "created_at, created_by, created_by_username) VALUES (:id, 'default', 'cases', :number, 1, "
                        + ":title, :description, 0, 0, '[]', '[]', '[]', '{}', '{}', CURRENT_TIMESTAMP, '{}', 'elastic')")
                .bind("id", id).bind("number", number).bind("title", title).bind("description", description)
                .execute());
    }

    private static List<String> words(Jdbi jdbi, String caseId, int field) {
        return jdbi.withHandle(h -> h.createQuery("SELECT word FROM case_words WHERE case_id = :id AND field = :field")
                .bind("id", caseId).bind("field", field).mapTo(String.class).list());
    }
}
