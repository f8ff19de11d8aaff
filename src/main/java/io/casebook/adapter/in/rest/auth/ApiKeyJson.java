package io.casebook.adapter.in.rest.auth;

import io.casebook.application.security.ApiKey;
import io.casebook.application.security.CreatedApiKey;
import io.casebook.application.security.Invalidation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Elasticsearch's API key bodies: the create answer, a key as listed (no secret, no hash), the invalidate answer. */
final class ApiKeyJson {

    private ApiKeyJson() {
    }

    /** {@code {id, name, expiration?, api_key, encoded}}: the only answer that holds the secret. */
    static Map<String, Object> created(CreatedApiKey created) {
        ApiKey key = created.key();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", key.id());
        body.put("name", key.name());
        if (key.expiresAt() != null) {
            body.put("expiration", key.expiresAt().toEpochMilli());
        }
        body.put("api_key", created.secret());
        body.put("encoded", Base64.getEncoder().encodeToString((key.id() + ":" + created.secret())
                .getBytes(StandardCharsets.UTF_8)));
        return body;
    }

    static Map<String, Object> listed(List<ApiKey> keys) {
        return Map.of("api_keys", keys.stream().map(ApiKeyJson::listed).toList());
    }

    private static Map<String, Object> listed(ApiKey key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", key.id());
        body.put("name", key.name());
        body.put("type", "rest");
        body.put("creation", key.createdAt().toEpochMilli());
        if (key.expiresAt() != null) {
            body.put("expiration", key.expiresAt().toEpochMilli());
        }
        body.put("invalidated", key.invalidated());
        if (key.invalidatedAt() != null) {
            body.put("invalidation", key.invalidatedAt().toEpochMilli());
        }
        body.put("username", key.owner().username());
        body.put("realm", key.realm());
        body.put("metadata", Map.of());
        return body;
    }

    static Map<String, Object> invalidation(Invalidation result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invalidated_api_keys", result.invalidated());
        body.put("previously_invalidated_api_keys", result.previouslyInvalidated());
        body.put("error_count", 0);
        return body;
    }
}
