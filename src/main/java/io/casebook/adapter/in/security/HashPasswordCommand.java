package io.casebook.adapter.in.security;

import io.casebook.application.security.ElasticBootstrap;
import io.casebook.application.security.PasswordHasher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -jar casebook.jar hash-password}: reads a password from standard input (the first line, so
 * {@code echo}, a pipe or typing all work, and it never appears in the process list or shell history when
 * typed) and prints its bcrypt hash for users.yaml.
 */
public final class HashPasswordCommand {

    private final PasswordHasher hasher;

    public HashPasswordCommand(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** Exit status: 0 with the hash on {@code out}, 1 with the reason on {@code err}. */
    public int run(InputStream in, PrintStream out, PrintStream err) throws IOException {
        String password;
        if (in == System.in && System.console() != null) {
            // Typed at a terminal: not echoed.
            char[] typed = System.console().readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < ElasticBootstrap.MIN_PASSWORD_LENGTH) {
            err.println("hash-password: give a password of at least " + ElasticBootstrap.MIN_PASSWORD_LENGTH
                    + " characters on standard input");
            return 1;
        }
        out.println(hasher.hash(password));
        return 0;
    }
}
