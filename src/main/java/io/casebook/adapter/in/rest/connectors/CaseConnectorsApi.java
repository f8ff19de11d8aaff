package io.casebook.adapter.in.rest.connectors;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.connectors.ConnectorService;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.domain.security.Level;

import java.util.Set;
import java.util.stream.Collectors;

/** {@code GET /api/cases/configure/connectors/_find}: the connectors of types that support cases. */
public final class CaseConnectorsApi implements ApiModule {

    private static final String CASES_FEATURE = "cases";

    private final ConnectorService connectors;

    public CaseConnectorsApi(ConnectorService connectors) {
        this.connectors = connectors;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/cases/configure/connectors/_find", RouteAccess.connectors(Level.READ, "get"), this::find);
    }

    private ApiResponse find(ApiRequest request) {
        Set<String> caseTypes = connectors.types().stream()
                .filter(t -> t.supportedFeatureIds().contains(CASES_FEATURE))
                .map(ConnectorType::id).collect(Collectors.toSet());
        return ApiResponse.ok(connectors.list(request.space()).stream()
                .filter(c -> caseTypes.contains(c.typeId())).map(ConnectorViews::forCases).toList());
    }
}
