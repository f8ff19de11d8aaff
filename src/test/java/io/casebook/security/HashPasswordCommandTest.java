package io.casebook.security;

import io.casebook.adapter.in.security.HashPasswordCommand;
import io.casebook.adapter.out.crypto.BcryptPasswordHasher;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar casebook.jar hash-password}: a password on standard input, its bcrypt hash out. */
class HashPasswordCommandTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void printsABcryptHashOfTheFirstLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = run("correct horse battery\nignored\n", out, new ByteArrayOutputStream());

        assertThat(status).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(hash).startsWith("$2a$04$");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse", hash)).isFalse();
    }

    @Test
    void refusesAnEmptyOrShortPassword() throws Exception {
        for (String input : new String[] {"", "short\n"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(run(input, out, err)).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 6 characters");
        }
    }

    private int run(String input, ByteArrayOutputStream out, ByteArrayOutputStream err) throws Exception {
        return new HashPasswordCommand(hasher).run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
