package io.casebook.adapter.in.rest.auth;

import io.casebook.application.security.Credentials;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Decodes {@code Authorization: Basic base64(user:password)} and {@code ApiKey base64(id:api_key)}; on the alert
 * ingest routes also {@code Bearer <token>}, as Alertmanager's {@code http_config.authorization} sends it.
 */
public final class AuthorizationHeader {

    private AuthorizationHeader() {
    }

    /** As {@link #parse(String)}, plus {@code Bearer <token>}: what an alert sender may present. */
    public static Credentials parseIngest(String header) {
        if (header != null) {
            String trimmed = header.trim();
            int space = trimmed.indexOf(' ');
            if (space > 0 && trimmed.substring(0, space).equalsIgnoreCase("bearer")) {
                String token = trimmed.substring(space + 1).trim();
                return token.isEmpty() ? new Credentials.Unreadable("Authorization Bearer without a token")
                        : new Credentials.Bearer(token);
            }
        }
        return parse(header);
    }

    public static Credentials parse(String header) {
        if (header == null || header.isBlank()) {
            return new Credentials.Missing();
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new Credentials.Unreadable("Authorization header without a scheme");
        }
        String scheme = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(trimmed.substring(space + 1).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Credentials.Unreadable("Authorization " + scheme + " value is not base64");
        }
        int colon = decoded.indexOf(':');
        if (!scheme.equals("basic") && !scheme.equals("apikey")) {
            return new Credentials.Unreadable("unsupported Authorization scheme " + scheme);
        }
        if (colon <= 0) {
            return new Credentials.Unreadable("Authorization " + scheme + " value has no name:secret pair");
        }
        String name = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        return scheme.equals("basic") ? new Credentials.Password(name, secret) : new Credentials.ApiKey(name, secret);
    }
}
