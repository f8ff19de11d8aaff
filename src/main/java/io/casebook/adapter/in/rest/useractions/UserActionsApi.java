package io.casebook.adapter.in.rest.useractions;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.Paging;
import io.casebook.adapter.in.rest.dto.UserActionsFindResponse;
import io.casebook.adapter.in.rest.mapper.UserActionDtoMapper;
import io.casebook.application.UserActionQueries;
import io.casebook.application.UserActionQuery;
import io.casebook.application.port.UserActionPage;
import io.casebook.domain.CaseLimits;

/** {@code GET /api/cases/{caseId}/user_actions/_find}: a case's activity, filtered by type and paged. */
public final class UserActionsApi implements ApiModule {

    private final UserActionQueries queries;
    private final UserActionDtoMapper mapper = UserActionDtoMapper.INSTANCE;

    public UserActionsApi(UserActionQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/cases/{caseId}/user_actions/_find", this::find);
    }

    private ApiResponse find(ApiRequest request) {
        Paging paging = Paging.from(request, CaseLimits.MAX_USER_ACTIONS_PER_PAGE);
        UserActionQuery query = UserActionQuery.of(request.queryValues("types"), request.query("sortOrder")
                .orElse(null), paging.page(), paging.perPage());
        UserActionPage page = queries.find(request.context(), request.pathParam("caseId"), query);
        return ApiResponse.ok(new UserActionsFindResponse(page.items().stream().map(mapper::toResponse).toList(),
                paging.page(), paging.perPage(), page.total()));
    }
}
