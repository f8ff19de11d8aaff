package io.casebook.adapter.in.rules;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.casebook.adapter.out.template.MustacheTemplateRenderer;
import io.casebook.application.rules.RuleBook;
import io.casebook.domain.rules.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reload decisions, tick by tick: a changed file is read once it has stayed the same for a tick, a bad
 * edit (or a deleted or emptied file) keeps the rules in force and says why at WARN, a good one replaces them.
 */
class RulesFileWatcherTest {

    @TempDir
    Path dir;

    private final RuleBook book = new RuleBook();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(RulesFileWatcher.class);
    private Level levelBefore;
    private Path file;
    private RulesFileWatcher watcher;
    private long modified = 1_700_000_000_000L;

    @BeforeEach
    void watchATempFile() {
        file = dir.resolve("rules.yaml");
        watcher = new RulesFileWatcher(file, new RulesFileLoader(new MustacheTemplateRenderer()), book,
                Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
        log.start();
        logger.addAppender(log);
        // The test logging config keeps io.casebook at WARN; the INFO lines are asserted on here.
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void detachLog() {
        logger.detachAppender(log);
        logger.setLevel(levelBefore);
    }

    /** Writes the file with a new modification time, as an editor's save does. */
    private void write(String yaml) throws IOException {
        Files.writeString(file, yaml);
        modified += 1_000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
    }

    private List<String> ids() {
        return book.current().rules().stream().map(Rule::id).toList();
    }

    private List<String> messages(Level level) {
        return log.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void startsWithTheFilesRules() throws IOException {
        write("rules:\n  - id: a\n  - id: b\n");

        assertThat(watcher.loadAtStart().rules()).hasSize(2);

        assertThat(ids()).containsExactly("a", "b");
        assertThat(watcher.loadedAt()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(watcher.lastError()).isNull();
        assertThat(messages(Level.INFO)).containsExactly("Loaded 2 rules from " + file);
    }

    @Test
    void aBadFileAtStartIsFatalWithFileLineAndReason() throws IOException {
        write("rules:\n  - id: a\n    owner: nobody\n");

        assertThatThrownBy(watcher::loadAtStart).isInstanceOf(RulesFileException.class)
                .hasMessage(file + ":3: rules[0].owner: \"nobody\" is not an owner: use cases, observability or "
                        + "securitySolution");
        assertThat(ids()).isEmpty();
    }

    @Test
    void noFileAtStartMeansNoRulesAndAWarning() {
        watcher.loadAtStart();

        assertThat(ids()).isEmpty();
        assertThat(messages(Level.WARN)).containsExactly("No rules in " + file
                + ": every alert will be dropped and counted (GET /api/rules shows how many)");
    }

    @Test
    void aChangeIsLoadedOnceTheFileHasSettledForATick() throws IOException {
        write("rules:\n  - id: a\n");
        watcher.loadAtStart();

        write("rules:\n  - id: a\n  - id: b\n");
        watcher.reloadIfChanged();
        assertThat(ids()).as("still being written, perhaps").containsExactly("a");
        write("rules:\n  - id: a\n  - id: b\n  - id: c\n");
        watcher.reloadIfChanged();
        assertThat(ids()).as("changed again since the last tick").containsExactly("a");
        watcher.reloadIfChanged();

        assertThat(ids()).containsExactly("a", "b", "c");
        assertThat(messages(Level.INFO)).last().isEqualTo("Reloaded " + file + ": 3 rules in force (were 1)");
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws IOException {
        write("rules:\n  - id: a\n");
        watcher.loadAtStart();
        var before = book.current();

        watcher.reloadIfChanged();
        watcher.reloadIfChanged();

        assertThat(book.current()).isSameAs(before);
    }

    @Test
    void aBadEditKeepsTheRulesInForceAndLogsWhyUntilItIsFixed() throws IOException {
        write("rules:\n  - id: a\n");
        watcher.loadAtStart();

        write("rules:\n  - id: a\n  - id: b\n    time_window: 3 days\n");
        watcher.reloadIfChanged();
        watcher.reloadIfChanged();
        watcher.reloadIfChanged();

        assertThat(ids()).containsExactly("a");
        String reason = file + ":4: rules[1].time_window: \"3 days\" is not a time window";
        assertThat(watcher.lastError()).startsWith(reason);
        assertThat(messages(Level.WARN)).singleElement().asString().startsWith(reason)
                .endsWith("(keeping the 1 rules in force)");

        write("rules:\n  - id: a\n  - id: b\n    time_window: 3d\n");
        watcher.reloadIfChanged();
        watcher.reloadIfChanged();
        assertThat(ids()).containsExactly("a", "b");
        assertThat(watcher.lastError()).isNull();
    }

    @Test
    void aDeletedOrEmptiedFileKeepsTheRulesButAnEmptyListClearsThem() throws IOException {
        write("rules:\n  - id: a\n");
        watcher.loadAtStart();

        Files.delete(file);
        watcher.reloadIfChanged();
        watcher.reloadIfChanged();
        assertThat(ids()).containsExactly("a");
        assertThat(watcher.lastError()).isEqualTo(file + ": the file is gone");

        write("");
        watcher.reloadIfChanged();
        watcher.reloadIfChanged();
        assertThat(ids()).containsExactly("a");
        assertThat(watcher.lastError()).isEqualTo(file + ": the file holds no rules: key");

        write("rules: []\n");
        watcher.reloadIfChanged();
        watcher.reloadIfChanged();
        assertThat(ids()).isEmpty();
        assertThat(watcher.lastError()).isNull();
    }
}
