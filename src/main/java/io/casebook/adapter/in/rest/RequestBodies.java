package io.casebook.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.casebook.adapter.JsonLimits;

import java.nio.charset.StandardCharsets;

import java.util.stream.Collectors;

/**
 * Reads request bodies into DTOs and words every failure as Kibana does: {@code invalid keys "foo"} for
 * excess keys, {@code Invalid value "x" supplied to "a.b"} for wrong types. A body over the API's size limit
 * is refused (413) before it is parsed, as Kibana's {@code server.maxPayload} does.
 */
public final class RequestBodies {

    /** Kibana's {@code server.maxPayload} default. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectMapper mapper;
    private final int maxBodyBytes;

    public RequestBodies(ObjectMapper mapper) {
        this(mapper, DEFAULT_MAX_BODY_BYTES);
    }

    /** Bodies larger than {@code maxBodyBytes} (UTF-8) are refused with 413. */
    public RequestBodies(ObjectMapper mapper, int maxBodyBytes) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    public <T> T read(ApiRequest request, Class<T> type) {
        return convert(tree(request), type);
    }

    /** The body as a JSON tree; an absent or non-object body is refused as Kibana's schema does. */
    public JsonNode tree(ApiRequest request) {
        String body = request.body();
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("[request body]: expected a plain object value, but found [null] instead.");
        }
        checkSize(body, maxBodyBytes);
        try {
            return mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw ApiException.badRequest("Invalid request payload JSON format: " + JsonLimits.describe(e));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Invalid request payload JSON format");
        }
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("[request body]: expected a plain object value, but found ["
                    + (node == null ? "null" : node.getNodeType().name().toLowerCase()) + "] instead.");
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("invalid keys \"" + e.getPropertyName() + "\"");
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("Invalid value \"" + e.getValue() + "\" supplied to \"" + path(e) + "\"");
        } catch (MismatchedInputException e) {
            JsonNode offending = node.at("/" + path(e).replace('.', '/'));
            String value = offending.isMissingNode() ? "undefined" : offending.isTextual() ? offending.asText()
                    : offending.toString();
            throw ApiException.badRequest("Invalid value \"" + value + "\" supplied to \"" + path(e) + "\"");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Invalid request payload JSON format");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** hapi's refusal of a payload over {@code server.maxPayload}, worded as Kibana answers it. */
    public static void checkSize(String body, int maxBodyBytes) {
        // A char is at most 3 UTF-8 bytes: only a body that could be over the limit is encoded to measure it.
        if (body != null && (long) body.length() * 3 > maxBodyBytes
                && body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new ApiException(413, "Payload content length greater than maximum allowed: " + maxBodyBytes);
        }
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }
}
