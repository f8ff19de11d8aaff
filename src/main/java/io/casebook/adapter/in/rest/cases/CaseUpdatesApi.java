package io.casebook.adapter.in.rest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.dto.PatchCasesRequest;
import io.casebook.adapter.in.rest.mapper.CaseDtoMapper;
import io.casebook.adapter.in.rest.mapper.CasePatchMapper;
import io.casebook.application.UpdateCases;

/** {@code PATCH /api/cases} (bulk update). */
public final class CaseUpdatesApi implements ApiModule {

    private final UpdateCases updateCases;
    private final RequestBodies bodies;
    private final CasePatchMapper patches = new CasePatchMapper();
    private final CaseDtoMapper mapper = CaseDtoMapper.INSTANCE;

    public CaseUpdatesApi(UpdateCases updateCases, RequestBodies bodies) {
        this.updateCases = updateCases;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.patch("/api/cases", this::update);
    }

    private ApiResponse update(ApiRequest request) {
        JsonNode body = bodies.tree(request);
        PatchCasesRequest dto = bodies.convert(body, PatchCasesRequest.class);
        return ApiResponse.ok(updateCases.update(request.context(), patches.toCommands(dto, body)).stream()
                .map(mapper::toResponse).toList());
    }
}
