package io.casebook.adapter.in.rest.status;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;

import java.util.Map;

/** {@code GET /api/status}, shaped like Kibana's status route so its clients recognise a ready server. */
public final class StatusApi implements ApiModule {

    private final String version;

    public StatusApi(String version) {
        this.version = version;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/status", RouteAccess.PUBLIC, this::status);
    }

    private ApiResponse status(ApiRequest request) {
        return ApiResponse.ok(Map.of(
                "name", "casebook",
                "version", Map.of("number", version, "build_flavor", "default"),
                "status", Map.of("overall", Map.of("level", "available", "summary", "All services are available"))));
    }
}
