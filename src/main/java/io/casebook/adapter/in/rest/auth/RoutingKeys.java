package io.casebook.adapter.in.rest.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Finds a PagerDuty event's top-level {@code routing_key} with a streaming read that stops there: the key is
 * how {@code /v2/enqueue} senders prove themselves (no headers, PagerDuty's model). A body that is not a JSON
 * object, or has no such text, has none (the event is then refused for what is wrong with it).
 */
final class RoutingKeys {

    private final JsonFactory json;

    RoutingKeys(JsonFactory json) {
        this.json = json;
    }

    String find(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("routing_key")) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
