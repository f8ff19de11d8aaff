package io.casebook.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The concurrency scenario of the rules issue: {@code alerts} alerts over {@code groups} groups, published to
 * the broker in messages of {@code perMessage} alerts (some messages twice, as a redelivering sender would),
 * then checked through the API and the database: one case per group, each with exactly its alerts, none twice.
 */
public final class AlertFlood {

    public static final String SOURCE = "flood";

    private final int alerts;
    private final int groups;
    private final int perMessage;

    public AlertFlood(int alerts, int groups, int perMessage) {
        this.alerts = alerts;
        this.groups = groups;
        this.perMessage = perMessage;
    }

    /** Publishes every alert once, and every tenth message a second time. */
    public void publish(String brokerUrl, String queue) {
        try (Queues queues = new Queues(brokerUrl)) {
            for (int from = 0; from < alerts; from += perMessage) {
                String body = IntStream.range(from, Math.min(alerts, from + perMessage))
                        .mapToObj(AlertFlood.this::alert).collect(Collectors.joining(",", "[", "]"));
                queues.sendText(queue, body, Map.of());
                if ((from / perMessage) % 10 == 0) {
                    queues.sendText(queue, body, Map.of());
                }
            }
        }
    }

    private String alert(int i) {
        return "{\"id\":\"a-" + i + "\",\"source\":\"" + SOURCE + "\",\"status\":\"firing\",\"title\":\"Flood " + i
                + "\",\"labels\":{\"group\":\"" + group(i) + "\"}}";
    }

    private String group(int i) {
        return String.format("g%03d", i % groups);
    }

    /** Waits until every alert is stored and routed (generous: two small cores, two engines). */
    public void awaitRouted(StoredAlerts store, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() ->
                Integer.parseInt(store.rows("SELECT COUNT(*) AS n FROM alerts WHERE source = '" + SOURCE + "'")
                        .get(0).get("n")) == alerts && store.waitingEvents() == 0);
    }

    /** Exactly one case per group, each holding exactly its group's alerts, none twice, seen through the API. */
    public void verify(Api api, String space, StoredAlerts store) {
        JsonNode found = api.get("/s/" + space + "/api/cases/_find?perPage=100").body();
        assertThat(found.path("total").asInt()).isEqualTo(groups);
        Set<String> titles = new HashSet<>();
        Set<String> everyAlert = new HashSet<>();
        int attached = 0;
        for (JsonNode c : found.path("cases")) {
            titles.add(c.path("title").asText());
            assertThat(c.path("totalAlerts").asInt()).as(c.path("title").asText()).isEqualTo(alerts / groups);
            JsonNode caseAlerts = api.get("/s/" + space + "/api/cases/" + c.path("id").asText() + "/alerts").body();
            List<String> ids = new ArrayList<>();
            caseAlerts.forEach(a -> ids.add(a.path("id").asText()));
            attached += ids.size();
            everyAlert.addAll(ids);
        }
        assertThat(titles).hasSize(groups);
        assertThat(attached).as("no alert attached twice").isEqualTo(alerts);
        assertThat(everyAlert).as("every alert attached").hasSize(alerts);
        // Membership: every case holds alerts of one group only, the group its title names.
        List<Map<String, String>> mixed = store.rows("SELECT c.title, COUNT(DISTINCT a.labels) AS label_sets, "
                + "MIN(a.labels) AS labels FROM cases c JOIN case_alerts ca ON ca.case_id = c.id "
                + "JOIN alerts a ON a.id = ca.alert_id GROUP BY c.title");
        assertThat(mixed).hasSize(groups).allSatisfy(row -> {
            assertThat(row.get("label_sets")).isEqualTo("1");
            assertThat(row.get("labels")).contains("\"" + row.get("title") + "\"");
        });
    }
}
