package io.casebook.application.security;

import java.time.Duration;

/** A request to create an API key: its name (1 to 1024 characters, as Elasticsearch allows) and life span. */
public record NewApiKey(String name, Duration expiresIn) {

    public static final int MAX_NAME_LENGTH = 1024;

    public NewApiKey {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("[name] is required and must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("[name] must not be longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (expiresIn != null && (expiresIn.isNegative() || expiresIn.isZero())) {
            throw new IllegalArgumentException("[expiration] must be a positive duration");
        }
    }
}
