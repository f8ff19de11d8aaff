package io.casebook.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * The worker side of a type (Keycloak's provider, separate from its factory): sends one push to the external
 * system. The push slice of issue 5 implements it per type; no type provides one yet, so nothing pushes.
 */
public interface ConnectorPusher {

    /** What the external system answered: its record id, its title (e.g. {@code IS-4}) and its URL. */
    record ExternalRecord(String id, String title, String url) {
    }

    /** Creates ({@code externalId} null) or updates the external record, then adds {@code comments}. */
    ExternalRecord push(String externalId, Map<String, Object> incident, List<String> comments);
}
