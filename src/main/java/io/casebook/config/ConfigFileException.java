package io.casebook.config;

import java.nio.file.Path;

/**
 * A configuration file (rules.yaml, roles.yaml, users.yaml, ingest.yaml...) cannot be used:
 * {@code <file>:<line>: <reason>} (line 0 when the problem has no place). Startup stops with that one line.
 */
public class ConfigFileException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String reason;

    public ConfigFileException(Path file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
