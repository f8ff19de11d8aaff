package io.casebook.adapter.in.rest;

/**
 * The authenticator for each kind of route: user routes need a user (Basic or ApiKey), ingest routes get the
 * ingest authenticator (ingest.yaml's senders, users, or the anonymous sender while ingest is open), open routes
 * ({@code /api/status}) none.
 */
public record Authenticators(Authenticator users, Authenticator ingest, Authenticator open) {

    public Authenticator forRoute(ApiRoutes.Authentication authentication) {
        return switch (authentication) {
            case USER -> users;
            case INGEST -> ingest;
            case OPEN -> open;
        };
    }
}
