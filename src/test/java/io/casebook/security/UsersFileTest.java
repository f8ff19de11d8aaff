package io.casebook.security;

import io.casebook.adapter.in.security.UsersFile;
import io.casebook.adapter.in.security.UsersFileException;
import io.casebook.adapter.out.crypto.BcryptPasswordHasher;
import io.casebook.application.security.UserAccount;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** users.yaml: bcrypt hashes only, every mistake refused with the file, the line and the reason. */
class UsersFileTest {

    private static final UsersFile LOADER = new UsersFile(new BcryptPasswordHasher(4));
    private static final String HASH = UsersYaml.hash("alice-secret-1");

    @Test
    void readsUsersWithTheirNamesAndRoles() {
        List<UserAccount> accounts = LOADER.read(UsersYaml.write("""
                users:
                  - username: alice
                    full_name: Alice Analyst
                    email: alice@example.com
                    password_hash: "%s"
                    roles: [soc_analyst, viewer]
                  - username: bob
                    password_hash: "%s"
                """.formatted(HASH, HASH)));
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).user().fullName()).isEqualTo("Alice Analyst");
        assertThat(accounts.get(0).user().email()).isEqualTo("alice@example.com");
        assertThat(accounts.get(0).roles()).containsExactly("soc_analyst", "viewer");
        assertThat(accounts.get(0).realm()).isEqualTo("file");
        assertThat(accounts.get(1).roles()).isEmpty();
    }

    @Test
    void theShippedFileAndAMissingOneHoldNoUsers() {
        assertThat(LOADER.read(Path.of("config", "users.yaml"))).isEmpty();
        assertThat(LOADER.read(Path.of("config", "absent-users.yaml"))).isEmpty();
        assertThat(LOADER.read(UsersYaml.write("# nothing yet\n"))).isEmpty();
    }

    @Test
    void aClearPasswordIsRefusedAtItsLine() {
        Path file = UsersYaml.write("""
                users:
                  - username: alice
                    password_hash: "%s"
                  - username: bob
                    password: hunter22
                """.formatted(HASH));
        assertThatThrownBy(() -> LOADER.read(file)).isInstanceOf(UsersFileException.class)
                .hasMessageStartingWith(file + ":4: user bob: a clear password is not accepted")
                .hasMessageContaining("hash-password")
                .hasMessageNotContaining("hunter22");
    }

    @Test
    void aHashThatIsNotBcryptIsRefusedAtItsLine() {
        Path file = UsersYaml.write("""
                users:
                  - username: alice
                    password_hash: "5f4dcc3b5aa765d61d8327deb882cf99"
                """);
        assertThatThrownBy(() -> LOADER.read(file)).isInstanceOf(UsersFileException.class)
                .hasMessageStartingWith(file + ":2: user alice: password_hash must be a bcrypt hash");
        Path truncated = UsersYaml.write("users:\n  - username: alice\n    password_hash: \""
                + HASH.substring(0, HASH.length() - 1) + "\"\n");
        assertThatThrownBy(() -> LOADER.read(truncated)).hasMessageContaining("must be a bcrypt hash");
    }

    @Test
    void reservedDuplicateAndMalformedEntriesAreRefused() {
        assertRefused("users:\n  - username: elastic\n    password_hash: \"" + HASH + "\"\n", ":2: user elastic is built in");
        assertRefused("users:\n  - username: a\n    password_hash: \"" + HASH + "\"\n  - username: a\n    password_hash: \""
                + HASH + "\"\n", ":4: user a is defined twice");
        assertRefused("users:\n  - username: \"a:b\"\n    password_hash: \"" + HASH + "\"\n", ":2: username is required");
        assertRefused("users:\n  - username: a\n    password_hash: \"" + HASH + "\"\n    colour: red\n",
                ":4: unknown key colour");
        assertRefused("people: []\n", ":1: unknown key people");
        assertRefused("users:\n  - username: a\n    password_hash: \"" + HASH + "\"\n    roles: {admin: true}\n",
                ":2: a value has the wrong type");
        assertRefused("users: {alice: x}\n", ":1: users must be a list");
    }

    @Test
    void aBadUsersFileStopsTheEngine() {
        Path file = UsersYaml.write("users:\n  - username: bob\n    password: hunter22\n");
        assertThatThrownBy(() -> TestEngine.start(Map.of("casebook.auth.users-file", file.toString())).close())
                .isInstanceOf(UsersFileException.class).hasMessageStartingWith(file + ":2:");
    }

    private static void assertRefused(String yaml, String message) {
        Path file = UsersYaml.write(yaml);
        assertThatThrownBy(() -> LOADER.read(file)).as(yaml).isInstanceOf(UsersFileException.class)
                .hasMessageContaining(file + message);
    }
}
