package io.casebook.connector.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON bodies for {@link ExternalHttp} calls, shared by the connectors that speak JSON (Jira, TheHive...). */
public final class ExternalJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExternalJson() {
    }

    /** The request body as JSON text, null for none. */
    public static String write(Object body) {
        try {
            return body == null ? null : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an external request body", e);
        }
    }

    /** The reply body as JSON; an empty object when it is empty or not JSON, so error paths still read it. */
    public static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** A configured base URL without its trailing slash, so paths can be appended as they are documented. */
    public static String baseUrl(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
