package io.casebook.adapter.in.rest.connectors;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.adapter.in.rest.mapper.CaseDtoMapper;
import io.casebook.application.connectors.PushCase;
import io.casebook.domain.security.Level;

/** {@code POST /api/cases/{caseId}/connector/{connectorId}/_push}: Kibana's push; answers the pushed case. */
public final class PushApi implements ApiModule {

    private final PushCase push;

    public PushApi(PushCase push) {
        this.push = push;
    }

    @Override
    public void register(ApiRoutes routes) {
        // Connectors read, as Kibana's push executes the connector (its Actions "read" grants execute); the
        // push privilege on the case's owner is checked by the use case once the case is loaded.
        routes.post("/api/cases/{caseId}/connector/{connectorId}/_push", RouteAccess.connectors(Level.READ, "execute"),
                this::push);
    }

    // Kibana's body is empty or {}: nothing in it changes the push, so it is not read.
    private ApiResponse push(ApiRequest request) {
        return ApiResponse.ok(CaseDtoMapper.INSTANCE.toResponse(push.push(request.context(),
                request.pathParam("caseId"), request.pathParam("connectorId"))));
    }
}
