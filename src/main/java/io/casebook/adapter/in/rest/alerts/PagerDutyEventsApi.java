package io.casebook.adapter.in.rest.alerts;

import io.casebook.adapter.in.ingest.AlertIntake;
import io.casebook.adapter.in.ingest.InvalidPagerDutyEventException;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.ingest.IngestReceipt;
import io.casebook.domain.alert.InvalidAlertException;
import io.casebook.domain.security.Level;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v2/enqueue}, PagerDuty's Events API v2 path, answering as PagerDuty does so that any tool
 * speaking it works unchanged: 202 {@code {status, message, dedup_key}} once the event is durable, 400
 * {@code {status: "invalid event", message, errors}} for an event PagerDuty would refuse. These bodies are
 * PagerDuty's, not Kibana's, so refusals are answered here rather than by the API's error handler.
 */
public final class PagerDutyEventsApi implements ApiModule {

    static final String PATH = "/v2/enqueue";

    private final AlertIntake intake;
    private final int maxBodyBytes;

    public PagerDutyEventsApi(AlertIntake intake, int maxBodyBytes) {
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.webhook(PATH, RouteAccess.alerts(Level.ALL, "ingest"), this::enqueue);
    }

    private ApiResponse enqueue(ApiRequest request) {
        try {
            AlertIngestApi.checkSize(request.body(), maxBodyBytes);
        } catch (ApiException tooLarge) {
            return new ApiResponse(413, refusal("Event object is too large", List.of(tooLarge.getMessage())));
        }
        IngestReceipt receipt;
        try {
            receipt = intake.accept("pagerduty", "http", request.body());
        } catch (InvalidPagerDutyEventException e) {
            return new ApiResponse(400, refusal("Event object is invalid", e.errors()));
        } catch (InvalidAlertException e) {
            // Not JSON, or empty: refused before the event could be read at all.
            return new ApiResponse(400, refusal("Event object is invalid", List.of(e.getMessage())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("message", "Event processed");
        body.put("dedup_key", receipt.alerts().get(0).fingerprint());
        return new ApiResponse(202, body);
    }

    private static Map<String, Object> refusal(String message, List<String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "invalid event");
        body.put("message", message);
        body.put("errors", errors);
        return body;
    }
}
