package io.casebook.adapter.in.rest;

import java.util.List;
import java.util.Set;

/** Kibana decodes query strings with an exact check: a parameter the operation does not know is a 400. */
public final class QueryKeys {

    private QueryKeys() {
    }

    /** Refuses any query parameter outside {@code allowed} with Kibana's {@code invalid keys "a,b"}. */
    public static void requireOnly(ApiRequest request, Set<String> allowed) {
        List<String> unknown = request.query().keySet().stream().filter(k -> !allowed.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("invalid keys \"" + String.join(",", unknown) + "\"");
        }
    }
}
