package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.CaseAlert;
import io.casebook.connector.spi.PushRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kibana's SecOps enrichment ({@code sir_format.ts}): each of the case's flags {@code destIp},
 * {@code sourceIp}, {@code malwareHash}, {@code malwareUrl} that is true selects the unique values of one ECS
 * field across the case's alerts, in the order the alerts were attached. The Table API gets them as its
 * security incident columns, comma-joined ({@code observablesToString}); the Elastic app's Import Set API gets
 * them as observables of the incident instead ({@code bulkAddObservableToIncident}).
 */
enum SirObservables {

    DEST_IP("destIp", "destination.ip", "ipv4-addr"),
    SOURCE_IP("sourceIp", "source.ip", "ipv4-addr"),
    MALWARE_HASH("malwareHash", "file.hash.sha256", "SHA256"),
    MALWARE_URL("malwareUrl", "url.full", "URL");

    private final String flag;
    private final String alertPath;
    private final String observableType;

    SirObservables(String flag, String alertPath, String observableType) {
        this.flag = flag;
        this.alertPath = alertPath;
        this.observableType = observableType;
    }

    /** The column's value: null when the flag is off or no alert has the field, so nothing is sent. */
    String column(PushRequest request) {
        Set<String> values = values(request);
        return values.isEmpty() ? null : String.join(",", values);
    }

    /**
     * Kibana's observables body: {@code {value, type}} for each unique value, the two IP kinds together as
     * {@code ipv4-addr}, then {@code SHA256}, then {@code URL}; empty when no flag selects anything.
     */
    static List<Map<String, String>> observables(PushRequest request) {
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (SirObservables kind : values()) {
            byType.computeIfAbsent(kind.observableType, t -> new LinkedHashSet<>()).addAll(kind.values(request));
        }
        List<Map<String, String>> observables = new ArrayList<>();
        byType.forEach((type, values) -> values.forEach(v -> observables.add(Map.of("value", v, "type", type))));
        return observables;
    }

    private Set<String> values(PushRequest request) {
        Set<String> unique = new LinkedHashSet<>();
        if (request.flag(flag)) {
            for (CaseAlert alert : request.alerts()) {
                unique.addAll(alert.values(alertPath));
            }
        }
        return unique;
    }
}
