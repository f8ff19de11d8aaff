package io.casebook.adapter.in.rest;

import io.casebook.application.RequestContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API call as handlers see it: the space-relative path, its parameters, query, body and the caller.
 * Query values keep every occurrence ({@code ?tags=a&tags=b}).
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams,
                         Map<String, List<String>> query, String body, RequestContext context) {

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

    public String space() {
        return context.space();
    }
}
