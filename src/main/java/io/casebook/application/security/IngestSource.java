package io.casebook.application.security;

import java.util.Set;

/**
 * One alert sender of ingest.yaml: its name, how it proves itself (a bearer token, known only by its SHA-256,
 * or an HTTP Basic login with a bcrypt hash, as Alertmanager's {@code http_config} sends them), the formats it
 * may post (empty = any) and the spaces under whose URL it may post ({@code *} = any).
 *
 * @param ratePerSecond requests per second allowed to it; null = {@code casebook.ingest.rate-per-second}
 */
public record IngestSource(String name, Credential credential, Set<String> formats, Set<String> spaces,
                           Integer ratePerSecond) {

    /** How a source proves itself; neither form holds anything that would let a reader send as it. */
    public sealed interface Credential {
    }

    /** {@code Authorization: Bearer <token>}: only the token's SHA-256 is kept. */
    public record Token(byte[] sha256) implements Credential {
        public Token {
            sha256 = sha256.clone();
        }

        @Override
        public String toString() {
            return "Token[sha256]";
        }
    }

    /** {@code Authorization: Basic}: a username and the bcrypt hash of its password. */
    public record Login(String username, String passwordHash) implements Credential {
        @Override
        public String toString() {
            return "Login[username=" + username + "]";
        }
    }

    public IngestSource {
        formats = Set.copyOf(formats);
        spaces = Set.copyOf(spaces);
    }

    /** The role name its principal carries (roles.yaml names cannot hold a colon, so none can clash). */
    public String roleName() {
        return "ingest:" + name;
    }
}
