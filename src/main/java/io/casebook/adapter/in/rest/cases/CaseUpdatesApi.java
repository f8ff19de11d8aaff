package io.casebook.adapter.in.rest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.dto.PatchCasesRequest;
import io.casebook.adapter.in.rest.mapper.CaseDtoMapper;
import io.casebook.adapter.in.rest.mapper.CasePatchMapper;
import io.casebook.application.DeleteCases;
import io.casebook.application.UpdateCases;

/** {@code PATCH /api/cases} (bulk update) and {@code DELETE /api/cases?ids=[...]} (bulk delete). */
public final class CaseUpdatesApi implements ApiModule {

    private final UpdateCases updateCases;
    private final DeleteCases deleteCases;
    private final RequestBodies bodies;
    private final CasePatchMapper patches = new CasePatchMapper();
    private final CaseDtoMapper mapper = CaseDtoMapper.INSTANCE;

    public CaseUpdatesApi(UpdateCases updateCases, DeleteCases deleteCases, RequestBodies bodies) {
        this.updateCases = updateCases;
        this.deleteCases = deleteCases;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.patch("/api/cases", this::update)
              .delete("/api/cases", this::delete);
    }

    private ApiResponse update(ApiRequest request) {
        JsonNode body = bodies.tree(request);
        PatchCasesRequest dto = bodies.convert(body, PatchCasesRequest.class);
        return ApiResponse.ok(updateCases.update(request.context(), patches.toCommands(dto, body)).stream()
                .map(mapper::toResponse).toList());
    }

    private ApiResponse delete(ApiRequest request) {
        if (request.queryList("ids").isEmpty()) {
            // Kibana's route schema (@kbn/config-schema) refuses a missing ids before the cases client runs.
            throw ApiException.badRequest("[request query.ids]: expected value of type [array] but got [undefined]");
        }
        deleteCases.delete(request.context(), request.queryValues("ids"));
        return ApiResponse.noContent();
    }
}
