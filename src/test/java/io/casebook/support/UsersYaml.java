package io.casebook.support;

import io.casebook.adapter.out.crypto.BcryptPasswordHasher;

import java.nio.file.Path;
import java.util.Map;

/** Writes a users.yaml for a test engine, hashing each password with bcrypt (lowest cost, for speed). */
public final class UsersYaml {

    private static final BcryptPasswordHasher HASHER = new BcryptPasswordHasher(4);

    private UsersYaml() {
    }

    public static String hash(String password) {
        return HASHER.hash(password);
    }

    /** One YAML list entry for a user. */
    public static String user(String username, String fullName, String email, String password, String... roles) {
        return "  - username: " + username + "\n"
                + "    full_name: " + fullName + "\n"
                + "    email: " + email + "\n"
                + "    password_hash: \"" + hash(password) + "\"\n"
                + "    roles: [" + String.join(", ", roles) + "]\n";
    }

    /** A temp users.yaml with these entries, and the engine setting that points at it. */
    public static Map<String, String> file(String... entries) {
        return Map.of("casebook.auth.users-file", write("users:\n" + String.join("", entries)).toString());
    }

    public static Path write(String text) {
        return TempYaml.write("users", text);
    }
}
