package io.casebook.adapter.out.jdbc;

import io.casebook.adapter.JsonSupport;
import io.casebook.application.port.LoggedUserAction;
import io.casebook.application.port.UserActionPage;
import io.casebook.config.Settings;
import io.casebook.domain.Case;
import io.casebook.domain.CaseSettings;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.Owner;
import io.casebook.domain.User;
import io.casebook.domain.UserAction;
import io.casebook.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's side of user_actions/_find: Kibana's pseudo-types select comment actions by
 * {@code payload.comment.type}, which the store copies out of the payload as it appends.
 */
class JdbcUserActionStoreTest {

    static Database database;
    static JdbcUserActionStore store;
    static final String CASE_ID = UUID.randomUUID().toString();

    @BeforeAll
    static void open() throws Exception {
        Map<String, String> settings = new HashMap<>(io.casebook.support.Database.postgres()
                ? Postgres.freshDatabase() : Map.of());
        settings.put("casebook.data.dir", Files.createTempDirectory("casebook-store-test").toString());
        database = Database.open(Settings.load(settings));
        JsonColumns json = new JsonColumns(JsonSupport.newMapper());
        store = new JdbcUserActionStore(database.jdbi(), json);

        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Case c = new Case(CASE_ID, "default", Owner.CASES, now, User.named("elastic"));
        c.setTitle("t");
        c.setDescription("d");
        c.setTags(List.of());
        c.setConnector(ConnectorRef.NONE);
        c.setSettings(new CaseSettings(true));
        c.setVersion(1);
        c.setIncrementalId(1);
        new JdbcCaseStore(database.jdbi(), json).insert(c);

        store.append(List.of(
                action("create_case", "create", Map.of("title", "t"), null),
                action("comment", "create", comment("user"), "c-user"),
                action("comment", "update", comment("user"), "c-user"),
                action("comment", "create", comment("alert"), "c-alert"),
                action("comment", "delete", comment("alert"), "c-alert"),
                action("comment", "create", comment("persistableState"), "c-lens"),
                action("comment", "create", comment("externalReference"), "c-ref"),
                action("title", "update", Map.of("title", "t2"), null)));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static UserAction action(String type, String action, Map<String, Object> payload, String commentId) {
        return new UserAction(UUID.randomUUID().toString(), CASE_ID, "default", Owner.CASES, type, action, payload,
                commentId, Instant.now().truncatedTo(ChronoUnit.MILLIS), User.named("elastic"));
    }

    static Map<String, Object> comment(String type) {
        return Map.of("comment", Map.of("type", type, "owner", "cases"));
    }

    static List<String> found(Set<String> types) {
        UserActionPage page = store.find(CASE_ID, types, true, 0, 100);
        assertThat(page.total()).isEqualTo(page.items().size());
        return page.items().stream().map(LoggedUserAction::action)
                .map(a -> a.type() + "/" + a.action() + (a.commentId() == null ? "" : "/" + a.commentId())).toList();
    }

    @Test
    void userIsTheCreationOfUserComments() {
        assertThat(found(Set.of("user"))).containsExactly("comment/create/c-user");
    }

    @Test
    void alertIsEveryAlertAttachmentAction() {
        assertThat(found(Set.of("alert"))).containsExactly("comment/create/c-alert", "comment/delete/c-alert");
    }

    @Test
    void attachmentIsPersistableStateAndExternalReferences() {
        assertThat(found(Set.of("attachment"))).containsExactly("comment/create/c-lens", "comment/create/c-ref");
    }

    @Test
    void actionIsEverythingButUserComments() {
        assertThat(found(Set.of("action"))).containsExactly("create_case/create", "comment/create/c-alert",
                "comment/delete/c-alert", "comment/create/c-lens", "comment/create/c-ref", "title/update");
    }

    @Test
    void typesAndPseudoTypesAreOred() {
        assertThat(found(Set.of("title", "user"))).containsExactly("comment/create/c-user", "title/update");
        assertThat(found(Set.of("comment"))).hasSize(6);
        assertThat(found(Set.of())).hasSize(8);
    }

    @Test
    void pagesInEitherOrderAndKeepsThePayload() {
        UserActionPage newest = store.find(CASE_ID, Set.of(), false, 1, 2);
        assertThat(newest.total()).isEqualTo(8);
        assertThat(newest.items()).extracting(l -> l.action().commentId()).containsExactly("c-ref", "c-lens");
        assertThat(newest.items().get(0).seq()).isGreaterThan(newest.items().get(1).seq());
        assertThat(newest.items().get(0).action().payload())
                .isEqualTo(Map.of("comment", Map.of("type", "externalReference", "owner", "cases")));
        assertThat(newest.items().get(0).action().createdBy()).isEqualTo(User.named("elastic"));
    }
}
