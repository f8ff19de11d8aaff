package io.casebook.adapter.in.security;

import java.nio.file.Path;

/** roles.yaml cannot be used: {@code <file>:<line>: <reason>} (line 0 when the problem has no place). */
public final class RolesFileException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String reason;

    public RolesFileException(Path file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
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
