package io.casebook.connector.spi;

/**
 * The worker side of a type (Keycloak's provider, separate from its factory): sends one push to the external
 * system. Built per push by {@link ConnectorType#pusher}, so it holds the instance's config and secrets.
 */
public interface ConnectorPusher {

    /** What the external system answered: its record id, its title (e.g. {@code IS-4}) and its URL. */
    record ExternalRecord(String id, String title, String url) {
    }

    /**
     * Creates ({@code externalId} null) or updates the external record, then adds the comments.
     *
     * @throws PushFailedException with the external system's own message when it refuses or cannot be reached
     */
    ExternalRecord push(PushRequest request);
}
