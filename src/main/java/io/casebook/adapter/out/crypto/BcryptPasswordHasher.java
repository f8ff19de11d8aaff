package io.casebook.adapter.out.crypto;

import io.casebook.application.security.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * bcrypt through Spring Security's well-kept implementation (its {@code BCrypt} class alone: no Spring
 * container). The cost is {@code casebook.auth.password-hash-cost}: 12 by default, about a quarter of a
 * second per check, which is what makes a stolen hash slow to crack.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    /** {@code $2a$}, {@code $2b$} or {@code $2y$}, a two-digit cost, then 22 characters of salt and 31 of hash. */
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}$");

    private final int cost;
    private final SecureRandom random = new SecureRandom();

    public BcryptPasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalStateException("casebook.auth.password-hash-cost must be between 4 and 31, got " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost, random));
    }

    @Override
    public boolean matches(String password, String hash) {
        if (!isHash(hash)) {
            return false;
        }
        return BCrypt.checkpw(password, hash);
    }

    @Override
    public boolean isHash(String text) {
        return text != null && BCRYPT.matcher(text).matches();
    }
}
