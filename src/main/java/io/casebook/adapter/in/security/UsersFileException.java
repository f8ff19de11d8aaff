package io.casebook.adapter.in.security;

import io.casebook.config.ConfigFileException;

import java.nio.file.Path;

/** users.yaml cannot be used: {@code <file>:<line>: <reason>} (line 0 when the problem has no place). */
public final class UsersFileException extends ConfigFileException {

    public UsersFileException(Path file, int line, String reason) {
        super(file, line, reason, null);
    }
}
