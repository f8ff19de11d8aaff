package io.casebook.adapter.in.rest.connectors;

import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.connectors.ConnectorService;
import io.casebook.application.connectors.NewConnector;
import io.casebook.domain.security.Level;

/**
 * Kibana's actions API for connectors: {@code GET /api/actions/connector_types}, {@code GET
 * /api/actions/connectors} and {@code GET|POST|PUT|DELETE /api/actions/connector[/{id}]}, per space.
 */
public final class ActionsApi implements ApiModule {

    private final ConnectorService connectors;
    private final RequestBodies bodies;

    public ActionsApi(ConnectorService connectors, RequestBodies bodies) {
        this.connectors = connectors;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        RouteAccess read = RouteAccess.connectors(Level.READ, "get");
        routes.get("/api/actions/connector_types", read, this::types)
              .get("/api/actions/connectors", read, this::list)
              .post("/api/actions/connector", RouteAccess.connectors(Level.ALL, "create"), r -> create(r, null))
              .post("/api/actions/connector/{id}", RouteAccess.connectors(Level.ALL, "create"),
                      r -> create(r, r.pathParam("id")))
              .get("/api/actions/connector/{id}", read, this::get)
              .put("/api/actions/connector/{id}", RouteAccess.connectors(Level.ALL, "update"), this::update)
              .delete("/api/actions/connector/{id}", RouteAccess.connectors(Level.ALL, "delete"), this::delete);
    }

    private ApiResponse types(ApiRequest request) {
        return ApiResponse.ok(connectors.types().stream().map(ConnectorViews::type).toList());
    }

    private ApiResponse list(ApiRequest request) {
        return ApiResponse.ok(connectors.list(request.space()).stream().map(ConnectorViews::listed).toList());
    }

    private ApiResponse get(ApiRequest request) {
        return ApiResponse.ok(ConnectorViews.one(connectors.get(request.space(), request.pathParam("id"))));
    }

    private ApiResponse create(ApiRequest request, String id) {
        ConnectorRequest body = bodies.read(request, ConnectorRequest.class);
        required("name", body.name());
        required("connector_type_id", body.connectorTypeId());
        return ApiResponse.ok(ConnectorViews.one(connectors.create(request.space(), id,
                new NewConnector(body.name(), body.connectorTypeId(), body.config(), body.secrets()))));
    }

    private ApiResponse update(ApiRequest request) {
        ConnectorUpdateRequest body = bodies.read(request, ConnectorUpdateRequest.class);
        required("name", body.name());
        return ApiResponse.ok(ConnectorViews.one(connectors.update(request.space(), request.pathParam("id"),
                new NewConnector(body.name(), null, body.config(), body.secrets()))));
    }

    private ApiResponse delete(ApiRequest request) {
        connectors.delete(request.space(), request.pathParam("id"));
        return ApiResponse.noContent();
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("[request body." + field + "]: expected value of type [string] but got ["
                    + (value == null ? "undefined" : "string") + "]");
        }
    }
}
