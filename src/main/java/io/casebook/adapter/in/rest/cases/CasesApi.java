package io.casebook.adapter.in.rest.cases;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.dto.CreateCaseRequest;
import io.casebook.adapter.in.rest.mapper.CaseDtoMapper;
import io.casebook.application.CaseService;

/** {@code POST /api/cases} and {@code GET /api/cases/{caseId}}. */
public final class CasesApi implements ApiModule {

    private final CaseService cases;
    private final RequestBodies bodies;
    private final CaseDtoMapper mapper = CaseDtoMapper.INSTANCE;

    public CasesApi(CaseService cases, RequestBodies bodies) {
        this.cases = cases;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/cases", this::create)
              .get("/api/cases/{caseId}", this::get);
    }

    private ApiResponse create(ApiRequest request) {
        CreateCaseRequest body = bodies.read(request, CreateCaseRequest.class);
        return ApiResponse.ok(mapper.toResponse(cases.create(request.context(), mapper.toCommand(body))));
    }

    private ApiResponse get(ApiRequest request) {
        return ApiResponse.ok(mapper.toResponse(cases.get(request.context(), request.pathParam("caseId"))));
    }
}
