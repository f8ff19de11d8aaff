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
import io.casebook.application.security.IngestGrant;
import io.casebook.domain.alert.InvalidAlertException;
import io.casebook.domain.security.Level;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /v2/enqueue}, PagerDuty's Events API v2 path, answering as PagerDuty does so that any tool
 * speaking it works unchanged: 202 {@code {status, message, dedup_key}} once the event is durable, 400
 * {@code {status: "invalid event", message, errors}} for an event PagerDuty would refuse. These bodies are
 * PagerDuty's, not Kibana's, so refusals are answered here rather than by the API's error handler. With
 * integrations in ingest.yaml the routing key is the sender's credential: an unknown one is 400 {@code
 * "Invalid routing key"} (once the event itself is valid, as PagerDuty checks), an integration over its rate
 * 429 {@code "throttle exceeded"}; nothing is stored for either. Alerts carry the integration's labels.
 */
public final class PagerDutyEventsApi implements ApiModule {

    static final String PATH = "/v2/enqueue";
    /** PagerDuty's error for a well-formed routing key that names no integration. */
    static final String UNKNOWN_KEY = "Invalid routing key";
    /** PagerDuty's answer over an integration's rate limit (429), two spaces included. */
    static final Map<String, Object> THROTTLED = throttled();
    static final String REDACTED = "[redacted]";
    private static final Pattern ROUTING_KEY = Pattern.compile("\"routing_key\"\\s*:\\s*\"[^\"\\\\]*\"");

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
        IngestGrant grant = request.caller().ingest();
        AlertIngestApi.permit(grant, "pagerduty");
        if (grant.refusal() == IngestGrant.Refusal.THROTTLED) {
            return new ApiResponse(429, THROTTLED);
        }
        IngestReceipt receipt;
        try {
            // PagerDuty checks the event before the key: a malformed event is told what is wrong with it.
            intake.read("pagerduty", request.body());
            if (grant.refusal() == IngestGrant.Refusal.UNKNOWN_ROUTING_KEY) {
                return new ApiResponse(400, refusal("Event object is invalid", List.of(UNKNOWN_KEY)));
            }
            receipt = intake.accept("pagerduty", "http", request.body(), redacted(request.body()), grant::stamp);
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

    /** The raw payload as stored: the routing key is a credential, so it is kept as {@value #REDACTED}. */
    static String redacted(String body) {
        return ROUTING_KEY.matcher(body).replaceAll("\"routing_key\":\"" + REDACTED + "\"");
    }

    private static Map<String, Object> throttled() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "throttle exceeded");
        body.put("message", "Requests for this service are arriving too quickly.  Please retry later.");
        return Collections.unmodifiableMap(body);
    }

    private static Map<String, Object> refusal(String message, List<String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "invalid event");
        body.put("message", message);
        body.put("errors", errors);
        return body;
    }
}
