package io.casebook.adapter.in.rules;

import io.casebook.application.rules.RuleBook;
import io.casebook.domain.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the {@link RuleBook} in step with rules.yaml. At start a bad file is fatal; afterwards the reload
 * route calls {@link #reloadIfChanged()} on a timer, and a changed file (modification time or size) is read
 * once it has stayed unchanged for one tick, so a half-written file is not taken. A bad edit, a deleted file
 * or an emptied one keeps the rules in force ({@code rules: []} clears them on purpose).
 */
public final class RulesFileWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RulesFileWatcher.class);

    /** What the file looked like: equal stamps mean nothing to reload. */
    private record Stamp(Instant modified, long size) {
        static final Stamp MISSING = new Stamp(Instant.EPOCH, -1);
    }

    private final Path file;
    private final RulesFileLoader loader;
    private final RuleBook book;
    private final Clock clock;
    private Stamp loaded = Stamp.MISSING;
    private Stamp pending;
    private volatile Instant loadedAt;
    private volatile String lastError;

    public RulesFileWatcher(Path file, RulesFileLoader loader, RuleBook book, Clock clock) {
        this.file = file;
        this.loader = loader;
        this.book = book;
        this.clock = clock;
    }

    /** Loads the rules the engine starts with. @throws RulesFileException when the file is bad */
    public synchronized RuleSet loadAtStart() {
        loaded = stamp();
        RuleSet rules = loader.read(file).orElse(RuleSet.EMPTY);
        install(rules);
        if (rules.rules().isEmpty()) {
            LOG.warn("No rules in {}: every alert will be dropped and counted (GET /api/rules shows how many)", file);
        } else {
            LOG.info("Loaded {} rules from {}", rules.rules().size(), file);
        }
        return rules;
    }

    /** Called by the reload route on each tick. */
    public synchronized void reloadIfChanged() {
        Stamp now = stamp();
        if (now.equals(loaded)) {
            pending = null;
            return;
        }
        if (!now.equals(pending)) {
            pending = now;
            return;
        }
        loaded = now;
        pending = null;
        int before = book.current().rules().size();
        try {
            Optional<RuleSet> rules = loader.read(file);
            if (rules.isEmpty()) {
                lastError = file + ": " + (now == Stamp.MISSING ? "the file is gone" : "the file holds no rules: key");
                LOG.warn("{}; keeping the {} rules in force (write \"rules: []\" to remove every rule)",
                        lastError, before);
                return;
            }
            install(rules.get());
            LOG.info("Reloaded {}: {} rules in force (were {})", file, rules.get().rules().size(), before);
        } catch (RulesFileException e) {
            lastError = e.getMessage();
            LOG.warn("{} (keeping the {} rules in force)", e.getMessage(), before);
        }
    }

    private void install(RuleSet rules) {
        book.replace(rules);
        loadedAt = clock.instant();
        lastError = null;
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime().toInstant(), attributes.size());
        } catch (IOException e) {
            return Stamp.MISSING;
        }
    }

    public Path file() {
        return file;
    }

    /** When the rules in force were read. */
    public Instant loadedAt() {
        return loadedAt;
    }

    /** Why the file on disk is not the one in force, or null when it is. */
    public String lastError() {
        return lastError;
    }
}
