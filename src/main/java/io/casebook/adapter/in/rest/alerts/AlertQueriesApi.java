package io.casebook.adapter.in.rest.alerts;

import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.adapter.in.rest.WireFormats;
import io.casebook.application.ingest.StoredAlert;
import io.casebook.application.port.AlertStore;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.security.Level;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/alerts/{id}}: what arrived for an alert, its current state and its history. */
public final class AlertQueriesApi implements ApiModule {

    private final AlertStore store;

    public AlertQueriesApi(AlertStore store) {
        this.store = store;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/alerts/{alertId}", RouteAccess.alerts(Level.READ, "access"), this::get);
    }

    private ApiResponse get(ApiRequest request) {
        String id = request.pathParam("alertId");
        StoredAlert stored = store.find(id).orElseThrow(() -> new ApiException(404, "Alert [" + id + "] not found"));
        return ApiResponse.ok(view(stored));
    }

    static Map<String, Object> view(StoredAlert stored) {
        Alert a = stored.alert();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", stored.id());
        out.put("source", a.source());
        out.put("fingerprint", a.fingerprint());
        out.put("format", stored.format());
        out.put("status", a.status().wire());
        out.put("severity", a.severity() == null ? null : a.severity().wire());
        out.put("title", a.title());
        out.put("description", a.description());
        out.put("labels", a.labels());
        out.put("fields", a.fields());
        out.put("links", a.links());
        out.put("rule", a.rule());
        out.put("group_key", a.groupKey());
        out.put("starts_at", WireFormats.instant(a.startsAt()));
        out.put("ends_at", WireFormats.instant(a.endsAt()));
        out.put("first_seen_at", WireFormats.instant(stored.firstSeenAt()));
        out.put("last_seen_at", WireFormats.instant(stored.lastSeenAt()));
        out.put("last_delivery_id", stored.lastDeliveryId());
        out.put("history", stored.history().stream().map(e -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", e.id());
            event.put("status", e.status());
            event.put("received_at", WireFormats.instant(e.receivedAt()));
            event.put("delivery_id", e.deliveryId());
            event.put("routed_at", WireFormats.instant(e.routedAt()));
            event.put("route_error", e.routeError());
            event.put("parked_at", WireFormats.instant(e.parkedAt()));
            return event;
        }).toList());
        return out;
    }
}
