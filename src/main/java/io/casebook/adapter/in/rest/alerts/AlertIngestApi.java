package io.casebook.adapter.in.rest.alerts;

import io.casebook.adapter.in.ingest.AlertIntake;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.ingest.IngestOutcome;
import io.casebook.application.ingest.IngestReceipt;
import io.casebook.application.security.IngestGrant;
import io.casebook.domain.CasesException;
import io.casebook.domain.security.Level;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alert webhooks in Kibana-style paths: {@code POST /api/alerts} (native) and one path per foreign format
 * ({@code /api/alerts/alertmanager}, ...). Answers 202 only once the alerts are committed. Who sent them was
 * settled by the ingest authenticator: a source limited to other formats is refused (403), and every alert
 * carries the sender's labels ({@code ingest_source}) from its {@link IngestGrant}.
 */
public final class AlertIngestApi implements ApiModule {

    private final AlertIntake intake;
    private final int maxBodyBytes;

    public AlertIngestApi(AlertIntake intake, int maxBodyBytes) {
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void register(ApiRoutes routes) {
        RouteAccess ingest = RouteAccess.alerts(Level.ALL, "ingest");
        routes.webhook("/api/alerts", ingest, request -> ingest(request, "native"));
        for (String format : intake.formats()) {
            // PagerDuty senders only know /v2/enqueue and PagerDuty's answers: PagerDutyEventsApi serves them.
            if (!format.equals("native") && !format.equals("pagerduty")) {
                routes.webhook("/api/alerts/" + format, ingest, request -> ingest(request, format));
            }
        }
    }

    private ApiResponse ingest(ApiRequest request, String format) {
        IngestGrant grant = request.caller().ingest();
        permit(grant, format);
        checkSize(request.body(), maxBodyBytes);
        return new ApiResponse(202, summary(intake.accept(format, "http", request.body(), grant::stamp)));
    }

    /** A source of ingest.yaml limited to some formats is refused the others (403, audited by the dispatcher). */
    static void permit(IngestGrant grant, String format) {
        if (!grant.permits(format)) {
            throw CasesException.forbidden("Unauthorized to ingest alerts in the " + format + " format");
        }
    }

    /** 413 above {@code casebook.ingest.max-body-bytes}, before anything is parsed. */
    static void checkSize(String body, int maxBodyBytes) {
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new ApiException(413, "The request body is larger than the limit of " + maxBodyBytes
                    + " bytes (casebook.ingest.max-body-bytes).");
        }
    }

    static Map<String, Object> summary(IngestReceipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delivery_id", receipt.deliveryId());
        body.put("accepted", receipt.alerts().size());
        body.put("new", receipt.count(IngestOutcome.NEW));
        body.put("updated", receipt.count(IngestOutcome.UPDATED));
        body.put("duplicates", receipt.count(IngestOutcome.DUPLICATE));
        body.put("dropped", receipt.count(IngestOutcome.DROPPED));
        body.put("alerts", receipt.alerts().stream().map(a -> {
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("id", a.id()); // null for a dropped follow-up: no alert was stored
            alert.put("source", a.source());
            alert.put("fingerprint", a.fingerprint());
            alert.put("outcome", a.outcome().name().toLowerCase());
            return alert;
        }).toList());
        return body;
    }
}
