package io.casebook.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Writes an {@link ApiResponse} onto the exchange as the HTTP response, with no request headers echoed. Every
 * answer says {@code X-Content-Type-Options: nosniff}, so a browser never sniffs a JSON body holding a case's
 * {@code <script>} title into HTML.
 */
public final class ResponseWriter {

    private final ObjectMapper mapper;

    public ResponseWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void write(Exchange exchange, ApiResponse response) {
        Message out = exchange.getMessage();
        // platform-http copies message headers to the response: drop the request's (query params included).
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        out.setHeader("X-Content-Type-Options", "nosniff");
        if (response.body() == null) {
            out.setBody(null);
            return;
        }
        out.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        try {
            out.setBody(mapper.writeValueAsBytes(response.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise response: " + e.getMessage(), e);
        }
    }
}
