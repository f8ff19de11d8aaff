package io.casebook.adapter.in.security;

import io.casebook.config.ConfigFileException;

import java.nio.file.Path;

/** ingest.yaml cannot be used: {@code <file>:<line>: <reason>} (line 0 when the problem has no place). */
public final class IngestFileException extends ConfigFileException {

    public IngestFileException(Path file, int line, String reason) {
        super(file, line, reason, null);
    }
}
