package io.casebook.application.security;

/** Slow, salted password hashing (bcrypt): what users.yaml and the stored {@code elastic} password hold. */
public interface PasswordHasher {

    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; false for a malformed hash. */
    boolean matches(String password, String hash);

    /** Whether {@code text} is a hash this hasher can check (not, say, a password pasted in by mistake). */
    boolean isHash(String text);
}
