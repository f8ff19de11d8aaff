package io.casebook.adapter.in.rest.cases;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.dto.FindCasesResponse;
import io.casebook.adapter.in.rest.mapper.CaseDtoMapper;
import io.casebook.application.CaseFinder;
import io.casebook.application.FoundCases;

import java.time.Clock;

/** {@code GET /api/cases/_find}: Kibana's case list with filters, search, sort, paging and status counts. */
public final class CaseFindApi implements ApiModule {

    private final CaseFinder finder;
    private final CaseListParams params;
    private final CaseDtoMapper mapper = CaseDtoMapper.INSTANCE;

    public CaseFindApi(CaseFinder finder, Clock clock) {
        this.finder = finder;
        this.params = new CaseListParams(clock);
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/cases/_find", this::find);
    }

    private ApiResponse find(ApiRequest request) {
        FoundCases found = finder.find(request.context(), params.findQuery(request));
        return ApiResponse.ok(new FindCasesResponse(found.cases().stream().map(mapper::toResponse).toList(),
                found.page(), found.perPage(), found.total(), found.counts().open(), found.counts().inProgress(),
                found.counts().closed()));
    }
}
