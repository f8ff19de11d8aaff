package io.casebook.application.security;

/**
 * What a request offered as proof of identity, decoded from its {@code Authorization} header. The
 * {@code toString} of each kind never shows the secret, so a credential logged by mistake leaks nothing.
 */
public sealed interface Credentials {

    /** HTTP Basic: a username and its password. */
    record Password(String username, String password) implements Credentials {
        @Override
        public String toString() {
            return "Password[username=" + username + "]";
        }
    }

    /** Elastic's {@code ApiKey base64(id:api_key)}. */
    record ApiKey(String id, String secret) implements Credentials {
        @Override
        public String toString() {
            return "ApiKey[id=" + id + "]";
        }
    }

    /** {@code Authorization: Bearer <token>}: an alert sender's ingest token (ingest routes only). */
    record Bearer(String token) implements Credentials {
        @Override
        public String toString() {
            return "Bearer[]";
        }
    }

    /** No {@code Authorization} header at all. */
    record Missing() implements Credentials {
    }

    /** A header we cannot use (unknown scheme, bad base64, no colon); {@code problem} says which. */
    record Unreadable(String problem) implements Credentials {
    }
}
