package io.casebook.adapter.in.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.alert.AlertLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The links of an Alertmanager or Grafana alert: the rule's generator URL, the conventional
 * {@code runbook_url} annotation, and Grafana's silence, dashboard, panel and image URLs. Empty ones (Grafana
 * sends {@code ""} for a rule without a dashboard) are left out.
 */
final class AlertmanagerLinks {

    private static final Map<String, String> URL_FIELDS = Map.of("generatorURL", "generator",
            "silenceURL", "silence", "dashboardURL", "dashboard", "panelURL", "panel", "imageURL", "image");
    private static final List<String> ORDER = List.of("generatorURL", "silenceURL", "dashboardURL", "panelURL",
            "imageURL");

    private AlertmanagerLinks() {
    }

    static List<AlertLink> of(JsonNode alert, String path, Map<String, String> annotations) {
        List<AlertLink> links = new ArrayList<>();
        for (String field : ORDER) {
            String href = JsonFields.text(alert, field, path, false);
            if (href != null && !href.isBlank()) {
                links.add(new AlertLink(href, URL_FIELDS.get(field)));
            }
        }
        String runbook = annotations.get("runbook_url");
        if (runbook != null && !runbook.isBlank()) {
            links.add(new AlertLink(runbook, "runbook"));
        }
        return links;
    }
}
