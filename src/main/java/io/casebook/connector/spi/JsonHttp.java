package io.casebook.connector.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Helpers every JSON-over-HTTP connector shares: the Basic auth header and lenient JSON in and out. */
public final class JsonHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonHttp() {
    }

    /** The {@code Authorization} value for HTTP Basic. */
    public static String basicAuth(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The body as JSON; an empty object when blank or not JSON (proxies and hibernating hosts answer HTML). */
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

    /** The request body as JSON text, null for none. */
    public static String write(Object body) {
        try {
            return body == null ? null : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a request body", e);
        }
    }
}
