package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.CaseAlert;
import io.casebook.connector.spi.PushRequest;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Kibana's SecOps enrichment ({@code sir_format.ts}): each of the case's flags {@code destIp},
 * {@code sourceIp}, {@code malwareHash}, {@code malwareUrl} that is true fills its security incident column
 * with the unique values of one ECS field across the case's alerts, in the order the alerts were attached,
 * comma-joined as Kibana sends them through the Table API ({@code observablesToString}).
 */
enum SirObservables {

    DEST_IP("destIp", "destination.ip"),
    SOURCE_IP("sourceIp", "source.ip"),
    MALWARE_HASH("malwareHash", "file.hash.sha256"),
    MALWARE_URL("malwareUrl", "url.full");

    private final String flag;
    private final String alertPath;

    SirObservables(String flag, String alertPath) {
        this.flag = flag;
        this.alertPath = alertPath;
    }

    /** The column's value: null when the flag is off or no alert has the field, so nothing is sent. */
    String column(PushRequest request) {
        if (!request.flag(flag)) {
            return null;
        }
        Set<String> unique = new LinkedHashSet<>();
        for (CaseAlert alert : request.alerts()) {
            unique.addAll(alert.values(alertPath));
        }
        return unique.isEmpty() ? null : String.join(",", unique);
    }
}
