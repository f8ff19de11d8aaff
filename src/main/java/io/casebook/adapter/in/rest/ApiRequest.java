package io.casebook.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.application.RequestContext;
import io.casebook.application.security.Principal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API call as handlers see it: the space-relative path, its parameters, query, body and the caller.
 * Query values keep every occurrence ({@code ?tags=a&tags=b}).
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams,
                         Map<String, List<String>> query, String body, RequestContext context) {

    private static final ObjectMapper ARRAY_READER = new ObjectMapper();

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    public List<String> queryList(String name) {
        return query.getOrDefault(name, List.of());
    }

    /**
     * Every value of an array parameter, in any of the forms Kibana clients send: repeated
     * ({@code ?tags=a&tags=b}), or one JSON array ({@code ?ids=["a","b"]}).
     */
    public List<String> queryValues(String name) {
        List<String> out = new ArrayList<>();
        for (String raw : queryList(name)) {
            String trimmed = raw.trim();
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                try {
                    for (JsonNode item : ARRAY_READER.readTree(trimmed)) {
                        out.add(item.asText());
                    }
                    continue;
                } catch (JsonProcessingException e) {
                    throw ApiException.badRequest("Invalid value \"" + raw + "\" supplied to \"" + name + "\"");
                }
            }
            out.add(raw);
        }
        return out;
    }

    public String space() {
        return context.space();
    }

    /** The authenticated caller: their user and role names (what authorization decides on). */
    public Principal caller() {
        return context.caller();
    }
}
