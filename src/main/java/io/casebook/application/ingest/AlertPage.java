package io.casebook.application.ingest;

import java.util.List;

/** One page of an alert listing and how many alerts match in all (without their history). */
public record AlertPage(List<StoredAlert> alerts, long total) {

    public AlertPage {
        alerts = List.copyOf(alerts);
    }
}
