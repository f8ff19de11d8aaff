package io.casebook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A YAML configuration file written to a temporary path, for tests that point the engine at one. */
public final class TempYaml {

    private TempYaml() {
    }

    /** {@code text} in a new temporary file named after {@code kind} (users, ingest, ...). */
    public static Path write(String kind, String text) {
        try {
            Path file = Files.createTempFile(kind, ".yaml");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
