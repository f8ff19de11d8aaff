package io.casebook.application.security;

import io.casebook.domain.User;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The built-in superuser {@code elastic}, as Elasticsearch bootstraps it: a configured password (the
 * environment's {@code CASEBOOK_ELASTIC_PASSWORD} or {@code casebook.auth.elastic-password}) is hashed and
 * stored, replacing what was; with none configured, the stored hash serves; with none stored either (first
 * start), a strong password is generated, shown once to the operator, and only its hash is kept.
 */
public final class ElasticBootstrap {

    public static final String USERNAME = "elastic";
    public static final int MIN_PASSWORD_LENGTH = 6;
    /** 64 symbols, none a shell or URL would mangle: 20 of them make 120 random bits. */
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int GENERATED_LENGTH = 20;

    private final BuiltinPasswordStore store;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Consumer<String> operatorConsole;
    private final SecureRandom random;

    public ElasticBootstrap(BuiltinPasswordStore store, PasswordHasher hasher, AuditLog audit,
                            Consumer<String> operatorConsole, SecureRandom random) {
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.operatorConsole = operatorConsole;
        this.random = random;
    }

    /** The {@code elastic} account to authenticate against, its hash settled as the class comment says. */
    public UserAccount account(Optional<String> configuredPassword) {
        return new UserAccount(User.named(USERNAME), settle(configuredPassword),
                List.of(Principal.SUPERUSER), UserAccount.RESERVED_REALM);
    }

    private String settle(Optional<String> configured) {
        Optional<String> stored = store.hash(USERNAME);
        if (configured.isPresent()) {
            String password = configured.get();
            if (password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("The password of the elastic user must be at least "
                        + MIN_PASSWORD_LENGTH + " characters long (CASEBOOK_ELASTIC_PASSWORD)");
            }
            if (stored.isPresent() && hasher.matches(password, stored.get())) {
                return stored.get();
            }
            String hash = hasher.hash(password);
            if (stored.isPresent()) {
                store.replace(USERNAME, hash);
                audit.record(AuditEvent.success(AuditEvent.BOOTSTRAP_PASSWORD_REPLACED, USERNAME, null,
                        Map.of("source", "configuration")));
            } else if (!store.insertIfAbsent(USERNAME, hash)) {
                store.replace(USERNAME, hash);
            }
            return hash;
        }
        if (stored.isPresent()) {
            return stored.get();
        }
        String password = generate();
        String hash = hasher.hash(password);
        if (!store.insertIfAbsent(USERNAME, hash)) {
            // Another instance generated one first: theirs stands and was shown on their console.
            return store.hash(USERNAME).orElseThrow();
        }
        audit.record(AuditEvent.success(AuditEvent.BOOTSTRAP_PASSWORD_GENERATED, USERNAME, null, Map.of()));
        operatorConsole.accept(announcement(password));
        return hash;
    }

    private String generate() {
        StringBuilder out = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static String announcement(String password) {
        String rule = "-".repeat(78);
        return String.join(System.lineSeparator(), "", rule,
                " Casebook generated a password for the built-in superuser \"elastic\":",
                "",
                "   " + password,
                "",
                " It is shown only this once; only its hash is stored. Keep it safe now.",
                " To set another, start Casebook with CASEBOOK_ELASTIC_PASSWORD=<password>.",
                rule, "");
    }
}
