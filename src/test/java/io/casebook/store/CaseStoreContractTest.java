package io.casebook.store;

import io.casebook.adapter.JsonSupport;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcCaseStore;
import io.casebook.adapter.out.jdbc.JdbiTransactions;
import io.casebook.adapter.out.jdbc.JsonColumns;
import io.casebook.config.Settings;
import io.casebook.domain.Case;
import io.casebook.domain.CaseSettings;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;
import io.casebook.domain.User;
import io.casebook.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The case store's contract, run against both databases it supports: H2 and a real PostgreSQL. */
class CaseStoreContractTest {

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private JdbcCaseStore open(String kind) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("casebook.data.dir", Files.createTempDirectory("store-test").toString());
        if (kind.equals("postgres")) {
            settings.putAll(Postgres.freshDatabase());
        }
        database = Database.open(Settings.load(settings));
        assertThat(database.isPostgres()).isEqualTo(kind.equals("postgres"));
        return new JdbcCaseStore(database.jdbi(), new JsonColumns(JsonSupport.newMapper()));
    }

    private static Case newCase(String space) {
        Case c = new Case(UUID.randomUUID().toString(), space, Owner.CASES,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), new User("elastic", "Elastic", "e@x.io", null));
        c.setTitle("disk full");
        c.setDescription("on host-1");
        c.setTags(List.of("disk", "prod"));
        c.setAssignees(List.of("u_1"));
        c.setConnector(new ConnectorRef("jira-1", "Jira", ".jira", Map.of("issueType", "10006")));
        c.setSettings(new CaseSettings(true));
        c.setSeverity(Severity.HIGH);
        c.setVersion(1);
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void roundTripsEveryFieldAndVersionsUpdates(String kind) throws Exception {
        JdbcCaseStore store = open(kind);
        Case c = newCase("default");
        c.setIncrementalId(store.nextIncrementalId("default"));
        store.insert(c);

        Case read = store.find("default", c.getId()).orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(c);
        assertThat(store.find("other", c.getId())).isEmpty();

        read.changeStatus(CaseStatus.CLOSED, read.getCreatedBy(), read.getCreatedAt().plusSeconds(90));
        assertThat(store.update(read, 1)).isTrue();
        assertThat(store.update(read, 1)).as("a stale version must not win").isFalse();
        Case closed = store.find("default", c.getId()).orElseThrow();
        assertThat(closed.getVersion()).isEqualTo(2);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getDuration()).isEqualTo(90);

        store.delete("default", List.of(c.getId()));
        assertThat(store.find("default", c.getId())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void numbersAreUniqueAndIncreasingPerSpaceUnderConcurrency(String kind) throws Exception {
        JdbcCaseStore store = open(kind);
        JdbiTransactions tx = new JdbiTransactions(database.jdbi());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(pool.submit(() -> tx.inTransaction(() -> {
                Case c = newCase("busy");
                c.setIncrementalId(store.nextIncrementalId("busy"));
                store.insert(c);
                return c.getIncrementalId();
            })));
        }
        List<Long> numbers = new ArrayList<>();
        for (Future<Long> f : futures) {
            numbers.add(f.get());
        }
        pool.shutdown();
        Collections.sort(numbers);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(200);
        assertThat(numbers.get(0)).isEqualTo(1);
        assertThat(numbers.get(199)).isEqualTo(200);
        assertThat(store.nextIncrementalId("quiet")).as("each space counts on its own").isEqualTo(1);
    }
}
