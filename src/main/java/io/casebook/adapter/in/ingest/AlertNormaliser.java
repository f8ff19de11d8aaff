package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.alert.Alert;

import java.util.List;

/** Turns one payload format (native, alertmanager, pagerduty, elastic) into normalised alerts. */
public interface AlertNormaliser {

    /** The format's name, as used in the JMS format header and in stored deliveries. */
    String format();

    /**
     * @throws io.casebook.domain.alert.InvalidAlertException naming the field and the problem; nothing of
     *         the payload is stored then
     */
    List<Alert> normalise(JsonNode payload);

    /**
     * The alerts and follow-ups of the payload. Formats whose events can acknowledge or resolve an alert by
     * its identity alone (PagerDuty) override this; the others carry full alerts only.
     */
    default NormalisedPayload read(JsonNode payload) {
        return NormalisedPayload.of(normalise(payload));
    }
}
