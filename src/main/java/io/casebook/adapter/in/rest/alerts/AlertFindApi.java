package io.casebook.adapter.in.rest.alerts;

import io.casebook.adapter.in.ingest.JsonFields;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.Paging;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.ingest.AlertPage;
import io.casebook.application.ingest.AlertQuery;
import io.casebook.application.port.AlertStore;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.security.Level;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/alerts/_find}: what arrived, newest last-seen first, filtered by {@code source},
 * {@code format}, {@code status}, {@code fingerprint} (each repeatable or a JSON array) and {@code from} /
 * {@code to} bounds on the last-seen time, paged like Kibana's {@code _find} routes.
 */
public final class AlertFindApi implements ApiModule {

    static final int MAX_PER_PAGE = 100;

    private final AlertStore store;

    public AlertFindApi(AlertStore store) {
        this.store = store;
    }

    @Override
    public void register(ApiRoutes routes) {
        // A literal segment outranks {alertId} in ApiRoutes, so this never reaches GET /api/alerts/{alertId}.
        routes.get("/api/alerts/_find", RouteAccess.alerts(Level.READ, "access"), this::find);
    }

    private ApiResponse find(ApiRequest request) {
        Paging paging = Paging.from(request, MAX_PER_PAGE);
        AlertQuery query = new AlertQuery(request.queryValues("source"), request.queryValues("format"),
                statuses(request.queryValues("status")), request.queryValues("fingerprint"),
                time(request, "from", false), time(request, "to", true));
        AlertPage page = store.search(query, paging.offset(), paging.perPage());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alerts", page.alerts().stream().map(stored -> {
            Map<String, Object> view = AlertQueriesApi.view(stored);
            view.remove("history"); // listings stay light; GET /api/alerts/{id} has the history
            return view;
        }).toList());
        body.put("page", paging.page());
        body.put("per_page", paging.perPage());
        body.put("total", page.total());
        return ApiResponse.ok(body);
    }

    private static List<AlertStatus> statuses(List<String> values) {
        return values.stream().map(v -> AlertStatus.fromWire(v).orElseThrow(() -> ApiException.badRequest(
                "Invalid value \"" + v + "\" supplied to \"status\" (expected firing, acknowledged or resolved)")))
                .toList();
    }

    /**
     * An ISO date-time, or a date: as a lower bound its first instant, as an upper bound its last microsecond
     * (UTC; the databases keep microseconds, so a finer bound would round into the next day).
     */
    private static Instant time(ApiRequest request, String name, boolean upper) {
        String raw = request.query(name).orElse(null);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() == 10) {
                LocalDate day = LocalDate.parse(raw);
                return upper ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1_000)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return JsonFields.parseInstant(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Invalid value \"" + raw + "\" supplied to \"" + name
                    + "\" (expected an ISO 8601 date-time such as 2026-11-29T10:00:00Z)");
        }
    }
}
