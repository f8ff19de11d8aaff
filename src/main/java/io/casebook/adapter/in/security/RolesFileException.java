package io.casebook.adapter.in.security;

import io.casebook.config.ConfigFileException;

import java.nio.file.Path;

/** roles.yaml cannot be used: {@code <file>:<line>: <reason>} (line 0 when the problem has no place). */
public final class RolesFileException extends ConfigFileException {

    public RolesFileException(Path file, int line, String reason) {
        super(file, line, reason, null);
    }
}
