package io.casebook.adapter.in.rest.cases;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.dto.CaseStatusCountsResponse;
import io.casebook.adapter.in.rest.mapper.CaseDtoMapper;
import io.casebook.application.CaseFinder;
import io.casebook.application.StatusCounts;

import java.time.Clock;

/**
 * What the case list offers as filters, per space: {@code GET /api/cases/tags}, {@code /api/cases/reporters},
 * {@code /internal/cases/categories} and the status totals of {@code GET /api/cases/status}.
 */
public final class CaseFacetsApi implements ApiModule {

    private final CaseFinder finder;
    private final CaseListParams params;
    private final CaseDtoMapper mapper = CaseDtoMapper.INSTANCE;

    public CaseFacetsApi(CaseFinder finder, Clock clock) {
        this.finder = finder;
        this.params = new CaseListParams(clock);
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/cases/tags", this::tags)
              .get("/api/cases/reporters", this::reporters)
              .get("/api/cases/status", this::status)
              .get("/internal/cases/categories", this::categories);
    }

    private ApiResponse tags(ApiRequest request) {
        return ApiResponse.ok(finder.tags(request.context(), CaseListParams.owners(request)));
    }

    private ApiResponse reporters(ApiRequest request) {
        return ApiResponse.ok(finder.reporters(request.context(), CaseListParams.owners(request)).stream()
                .map(mapper::toDto).toList());
    }

    private ApiResponse categories(ApiRequest request) {
        return ApiResponse.ok(finder.categories(request.context(), CaseListParams.owners(request)));
    }

    private ApiResponse status(ApiRequest request) {
        StatusCounts counts = finder.statusCounts(request.context(), params.statusFilter(request));
        return ApiResponse.ok(new CaseStatusCountsResponse(counts.open(), counts.inProgress(), counts.closed()));
    }
}
