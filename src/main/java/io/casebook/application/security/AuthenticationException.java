package io.casebook.application.security;

/**
 * Authentication failed. {@code reason} is for the audit log only; callers answer a bare 401 so that a
 * client cannot tell an unknown user from a wrong password.
 */
public final class AuthenticationException extends RuntimeException {

    private final String attempted;

    public AuthenticationException(String attempted, String reason) {
        super(reason, null, false, false);
        this.attempted = attempted;
    }

    /** The username or API key id that was tried; null when there were no credentials. */
    public String attempted() {
        return attempted;
    }
}
