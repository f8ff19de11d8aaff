package io.casebook.adapter.in.rules;

import io.casebook.adapter.out.template.MustacheTemplateRenderer;
import io.casebook.domain.rules.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: writes rules.yaml text to a file and loads it with the real loader and renderer. */
final class RulesFiles {

    private final RulesFileLoader loader = new RulesFileLoader(new MustacheTemplateRenderer());
    private final Path file;

    RulesFiles(Path dir) {
        this.file = dir.resolve("rules.yaml");
    }

    Path file() {
        return file;
    }

    RuleSet load(String yaml) {
        write(yaml);
        return loader.read(file).orElseThrow(() -> new AssertionError("the file held no rules: key"));
    }

    RulesFileException failure(String yaml) {
        write(yaml);
        try {
            loader.read(file);
        } catch (RulesFileException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused:\n" + yaml);
    }

    void write(String yaml) {
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
