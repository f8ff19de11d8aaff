package io.casebook.adapter.in.rules;

import java.nio.file.Path;

/** rules.yaml cannot be used: {@code <file>:<line>: <reason>} (line 0 when the problem has no place). */
public final class RulesFileException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String reason;

    public RulesFileException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public RulesFileException(Path file, int line, String reason, Throwable cause) {
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
