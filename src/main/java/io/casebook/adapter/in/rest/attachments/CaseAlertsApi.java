package io.casebook.adapter.in.rest.attachments;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.mapper.AttachmentDtoMapper;
import io.casebook.application.attachments.AttachmentQueries;

import java.util.Set;

/** Kibana's alert lookups: the cases holding an alert, and the alerts held by a case. */
public final class CaseAlertsApi implements ApiModule {

    private final AttachmentQueries queries;
    private final AttachmentDtoMapper mapper = AttachmentDtoMapper.INSTANCE;

    public CaseAlertsApi(AttachmentQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/cases/alerts/{alertId}", this::casesWithAlert)
              .get("/api/cases/{caseId}/alerts", this::alertsOfCase);
    }

    private ApiResponse casesWithAlert(ApiRequest request) {
        Set<String> owners = Set.copyOf(request.queryValues("owner"));
        return ApiResponse.ok(queries.casesWithAlert(request.context(), request.pathParam("alertId"), owners)
                .stream().map(mapper::toRelated).toList());
    }

    private ApiResponse alertsOfCase(ApiRequest request) {
        return ApiResponse.ok(queries.alertsOfCase(request.context(), request.pathParam("caseId")).stream()
                .map(mapper::toResponse).toList());
    }
}
