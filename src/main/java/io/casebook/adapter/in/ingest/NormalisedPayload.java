package io.casebook.adapter.in.ingest;

import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertFollowUp;

import java.util.List;

/** What one payload carries: full alerts, and follow-ups that only change the status of a known alert. */
public record NormalisedPayload(List<Alert> alerts, List<AlertFollowUp> followUps) {

    public NormalisedPayload {
        alerts = List.copyOf(alerts);
        followUps = List.copyOf(followUps);
    }

    public static NormalisedPayload of(List<Alert> alerts) {
        return new NormalisedPayload(alerts, List.of());
    }
}
