package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.JsonLimits;
import io.casebook.application.ingest.AlertIngestService;
import io.casebook.application.ingest.IngestReceipt;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.InvalidAlertException;
import io.casebook.domain.rules.IntegrationTarget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one way in for alert payloads, whatever the transport: picks the format's normaliser, parses and
 * validates (nothing is stored when any alert of the payload is invalid), then stores durably.
 */
public final class AlertIntake {

    private final Map<String, AlertNormaliser> normalisers = new LinkedHashMap<>();
    private final AlertIngestService service;
    private final ObjectMapper mapper;

    public AlertIntake(List<AlertNormaliser> normalisers, AlertIngestService service, ObjectMapper mapper) {
        normalisers.forEach(n -> this.normalisers.put(n.format(), n));
        this.service = service;
        this.mapper = mapper;
    }

    public IngestReceipt accept(String format, String transport, String body) {
        return accept(format, transport, body, UnaryOperator.identity());
    }

    /**
     * As {@link #accept(String, String, String)}, each alert passed through {@code stamp} before it is stored
     * (the labels an authenticated sender's alerts carry); follow-ups only change a stored alert's status.
     */
    public IngestReceipt accept(String format, String transport, String body, UnaryOperator<Alert> stamp) {
        return accept(format, transport, body, body, stamp);
    }

    /**
     * As above, keeping {@code storedBody} as the delivery's raw payload (the body with its secrets redacted). The
     * labels that fix a case's space and owner ({@link IntegrationTarget}) are removed from every alert, over any
     * transport, before {@code stamp} runs: only an authenticated PagerDuty integration's stamp sets them.
     */
    public IngestReceipt accept(String format, String transport, String body, String storedBody,
                                UnaryOperator<Alert> stamp) {
        NormalisedPayload payload = read(format, body);
        return service.ingest(format, transport, storedBody, payload.alerts().stream()
                .map(IntegrationTarget::withoutTarget).map(stamp).toList(), payload.followUps());
    }

    /** Normalised alerts of the payload, without storing anything (also used by dry runs). */
    public List<Alert> parse(String format, String body) {
        return read(format, body).alerts();
    }

    /** Alerts and follow-ups of the payload, without storing anything. */
    public NormalisedPayload read(String format, String body) {
        AlertNormaliser normaliser = normalisers.get(format);
        if (normaliser == null) {
            throw new InvalidAlertException("format", "unknown format \"" + format + "\" (known: "
                    + String.join(", ", normalisers.keySet()) + ")");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidAlertException("body", "is empty");
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new InvalidAlertException("body", "is over a parser limit: " + JsonLimits.describe(e));
        } catch (JsonProcessingException e) {
            throw new InvalidAlertException("body", "is not valid JSON: " + e.getOriginalMessage());
        }
        return normaliser.read(json);
    }

    public List<String> formats() {
        return List.copyOf(normalisers.keySet());
    }
}
