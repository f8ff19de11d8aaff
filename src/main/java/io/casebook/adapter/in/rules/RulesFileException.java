package io.casebook.adapter.in.rules;

import io.casebook.config.ConfigFileException;

import java.nio.file.Path;

/** rules.yaml cannot be used: {@code <file>:<line>: <reason>} (line 0 when the problem has no place). */
public final class RulesFileException extends ConfigFileException {

    public RulesFileException(Path file, int line, String reason) {
        super(file, line, reason, null);
    }

    public RulesFileException(Path file, int line, String reason, Throwable cause) {
        super(file, line, reason, cause);
    }
}
