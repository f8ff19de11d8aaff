package io.casebook.adapter.in.rest.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.security.ApiKeyQuery;
import io.casebook.application.security.ApiKeys;
import io.casebook.application.security.NewApiKey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Elasticsearch's API key API: {@code POST|PUT /_security/api_key} (and Kibana's
 * {@code POST /internal/security/api_key}) creates a key for the caller, {@code GET} lists keys without
 * their secrets, {@code DELETE} with {@code {ids}}, {@code {name}}, {@code {username}} or {@code {owner: true}}
 * invalidates.
 */
public final class ApiKeysApi implements ApiModule {

    private static final String PATH = "/_security/api_key";
    private static final Set<String> CREATE_KEYS = Set.of("name", "expiration", "role_descriptors");
    private static final Set<String> INVALIDATE_KEYS = Set.of("ids", "id", "name", "username", "owner");

    private final ApiKeys apiKeys;
    private final RequestBodies bodies;

    public ApiKeysApi(ApiKeys apiKeys, RequestBodies bodies) {
        this.apiKeys = apiKeys;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        // A key is its owner's and carries their roles: making one needs no space (a user whose roles name only
        // other spaces than the default one must still get keys at Elasticsearch's path).
        RouteAccess own = RouteAccess.NO_SPACE;
        routes.post(PATH, own, this::create).put(PATH, own, this::create).get(PATH, own, this::list)
                .delete(PATH, own, this::invalidate).post("/internal/security/api_key", own, this::create);
    }

    private ApiResponse create(ApiRequest request) {
        JsonNode body = bodies.tree(request);
        requireKnown(body, CREATE_KEYS);
        JsonNode roles = body.path("role_descriptors");
        if (!roles.isMissingNode() && !roles.isNull() && !roles.isEmpty()) {
            throw ApiException.badRequest("[role_descriptors] are not supported: a key carries its owner's roles");
        }
        Duration expiresIn = null;
        JsonNode expiration = body.path("expiration");
        if (!expiration.isMissingNode() && !expiration.isNull()) {
            expiresIn = parse(() -> ElasticDurations.parse(expiration.asText()));
        }
        String name = body.path("name").isTextual() ? body.path("name").asText() : null;
        Duration expires = expiresIn;
        NewApiKey command = parse(() -> new NewApiKey(name, expires));
        return ApiResponse.ok(ApiKeyJson.created(apiKeys.create(request.context(), command)));
    }

    private ApiResponse list(ApiRequest request) {
        ApiKeyQuery query = new ApiKeyQuery(request.query("id").orElse(null), request.query("name").orElse(null),
                request.query("username").orElse(null));
        boolean own = request.query("owner").map(Boolean::parseBoolean).orElse(false);
        return ApiResponse.ok(ApiKeyJson.listed(apiKeys.list(request.context(), query, own)));
    }

    private ApiResponse invalidate(ApiRequest request) {
        JsonNode body = bodies.tree(request);
        requireKnown(body, INVALIDATE_KEYS);
        boolean own = body.path("owner").asBoolean(false);
        String name = text(body, "name");
        String username = text(body, "username");
        List<ApiKeyQuery> selections = new ArrayList<>();
        List<String> ids = ids(body);
        if (!ids.isEmpty()) {
            ids.forEach(id -> selections.add(new ApiKeyQuery(id, name, username)));
        } else if (name != null || username != null || own) {
            selections.add(new ApiKeyQuery(null, name, username));
        } else {
            throw ApiException.badRequest("One of [api key id(s), api key name, username] must be specified if "
                    + "[owner] flag is false");
        }
        return ApiResponse.ok(ApiKeyJson.invalidation(apiKeys.invalidate(request.context(), selections, own)));
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        if (body.path("id").isTextual()) {
            ids.add(body.path("id").asText());
        }
        JsonNode array = body.path("ids");
        if (!array.isMissingNode() && !array.isArray()) {
            throw ApiException.badRequest("[ids] must be an array of API key ids");
        }
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private static void requireKnown(JsonNode body, Set<String> known) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiException.badRequest("invalid keys \"" + name + "\"");
            }
        }
    }

    private static <T> T parse(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
