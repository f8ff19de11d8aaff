package io.casebook.adapter.in.security;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.casebook.application.security.ElasticBootstrap;
import io.casebook.application.security.PasswordHasher;
import io.casebook.application.security.UserAccount;
import io.casebook.domain.User;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code casebook.auth.users-file} ({@code users: [{username, full_name, email, password_hash, roles}]})
 * at startup. Whatever is wrong (a clear password, a hash that is not bcrypt, a duplicate or reserved name,
 * an unknown key) stops startup with {@code <file>:<line>: <reason>}. A missing or empty file means no users.
 */
public final class UsersFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Printable, no whitespace and no colon (HTTP Basic splits at the first one), at most Elastic's 507. */
    private static final Pattern USERNAME = Pattern.compile("^[\\p{Graph}&&[^:]]{1,507}$");
    private static final List<String> KEYS = List.of("username", "full_name", "email", "password_hash", "roles",
            "password");
    static final String HOW_TO_HASH = "make one with `java -jar target/casebook.jar hash-password`";

    private final PasswordHasher hasher;

    public UsersFile(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    public List<UserAccount> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (JsonParser parser = YAML.createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            return accounts(file, parser);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new UsersFileException(file, at == null ? 0 : at.getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsersFileException(file, 0, "cannot read the file: " + e);
        }
    }

    private List<UserAccount> accounts(Path file, JsonParser parser) throws IOException {
        List<UserAccount> accounts = new ArrayList<>();
        JsonToken token = parser.nextToken();
        if (token == null) {
            return accounts;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new UsersFileException(file, line(parser), "expected a mapping with the key users");
        }
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (!parser.currentName().equals("users")) {
                throw new UsersFileException(file, line(parser), "unknown key " + parser.currentName()
                        + " (the file has one key, users)");
            }
            token = parser.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new UsersFileException(file, line(parser), "users must be a list");
            }
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw new UsersFileException(file, line(parser), "each user must be a mapping");
                }
                int line = line(parser);
                accounts.add(account(file, line, entry(file, line, parser), seen));
            }
        }
        return accounts;
    }

    /** One entry: each key checked where it stands (so an unknown key is reported at its own line). */
    private static UserEntryYaml entry(Path file, int line, JsonParser parser) throws IOException {
        ObjectNode entry = YAML.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (!KEYS.contains(key)) {
                throw new UsersFileException(file, line(parser), "unknown key " + key
                        + " (known: username, full_name, email, password_hash, roles)");
            }
            parser.nextToken();
            entry.set(key, YAML.readTree(parser));
        }
        try {
            return YAML.treeToValue(entry, UserEntryYaml.class);
        } catch (JacksonException e) {
            throw new UsersFileException(file, line, "a value has the wrong type: " + e.getOriginalMessage());
        }
    }

    private UserAccount account(Path file, int line, UserEntryYaml entry, Set<String> seen) {
        String name = entry.username();
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new UsersFileException(file, line, "username is required: 1 to 507 printable characters, "
                    + "no spaces or colons");
        }
        if (name.equals(ElasticBootstrap.USERNAME)) {
            throw new UsersFileException(file, line, "user elastic is built in (its password comes from "
                    + "CASEBOOK_ELASTIC_PASSWORD); choose another username");
        }
        if (!seen.add(name)) {
            throw new UsersFileException(file, line, "user " + name + " is defined twice");
        }
        if (entry.password() != null) {
            throw new UsersFileException(file, line, "user " + name + ": a clear password is not accepted; "
                    + "give password_hash instead (" + HOW_TO_HASH + ")");
        }
        if (entry.passwordHash() == null || !hasher.isHash(entry.passwordHash())) {
            throw new UsersFileException(file, line, "user " + name + ": password_hash must be a bcrypt hash "
                    + "($2a$, $2b$ or $2y$, cost, 53 characters of salt and hash); " + HOW_TO_HASH);
        }
        List<String> roles = entry.roles() == null ? List.of() : entry.roles();
        if (roles.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new UsersFileException(file, line, "user " + name + ": roles must be non-empty names");
        }
        return new UserAccount(new User(name, entry.fullName(), entry.email(), null), entry.passwordHash(), roles,
                UserAccount.FILE_REALM);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
