package io.casebook.application.security;

/** A key just made, with its secret: the only moment the secret exists outside the caller's hands. */
public record CreatedApiKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        return "CreatedApiKey[" + key + "]";
    }
}
