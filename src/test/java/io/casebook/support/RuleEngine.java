package io.casebook.support;

import io.casebook.EngineOverrides;
import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.CasebookApp;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.rules.RuleSet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@link TestEngine} for rules tests: a clock the test moves, {@code {{field}}} templates, rules set in
 * code, alerts posted to the native webhook, and the resulting cases read back through the Cases API.
 */
public final class RuleEngine implements AutoCloseable {

    /** Far from any period boundary of the breakers the tests use (hours, minutes). */
    public static final Instant START = Instant.parse("2031-03-03T10:00:05Z");

    private final TestEngine engine;
    private final MutableClock clock;
    private final Webhooks webhooks;
    private final StoredAlerts store;

    private RuleEngine(TestEngine engine, MutableClock clock) {
        this.engine = engine;
        this.clock = clock;
        this.webhooks = new Webhooks(engine);
        this.store = new StoredAlerts(engine);
    }

    public static RuleEngine start() {
        return start(Map.of());
    }

    public static RuleEngine start(Map<String, String> settings) {
        // null: the engine's own renderer (Mustache), so routed cases render exactly as in production.
        return start(settings, null);
    }

    public static RuleEngine start(Map<String, String> settings, TemplateRenderer renderer) {
        MutableClock clock = new MutableClock(START);
        Map<String, String> all = new LinkedHashMap<>(Map.of("casebook.rules.router-poll-ms", "50"));
        all.putAll(settings);
        return new RuleEngine(TestEngine.start(all, new EngineOverrides(clock, renderer)), clock);
    }

    public void rules(Rule... rules) {
        engine.app().ruleBook().replace(new RuleSet(List.of(rules)));
    }

    public MutableClock clock() {
        return clock;
    }

    public Api api() {
        return engine.api();
    }

    public TestEngine engine() {
        return engine;
    }

    public StoredAlerts store() {
        return store;
    }

    /** Posts native alerts in one delivery and waits until the rules have routed everything waiting. */
    public void deliver(String... alerts) {
        post(alerts);
        awaitRouted();
    }

    public Api.Result post(String... alerts) {
        Api.Result result = webhooks.post("/api/alerts", "[" + String.join(",", alerts) + "]", "application/json");
        assertThat(result.status()).as(result.raw()).isEqualTo(202);
        return result;
    }

    public void awaitRouted() {
        await().atMost(Duration.ofSeconds(30)).until(() -> store.waitingEvents() == 0);
    }

    /** A native alert: {@code labels} as name/value pairs. */
    public static String alert(String source, String id, String status, String title, String... labels) {
        return severe(source, id, status, null, title, labels);
    }

    /** A native alert with a severity (low, medium, high, critical). */
    public static String severe(String source, String id, String status, String severity, String title,
                                String... labels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            map.put(labels[i], labels[i + 1]);
        }
        String labelJson = map.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"status\":\"" + status + "\","
                + (severity == null ? "" : "\"severity\":\"" + severity + "\",")
                + "\"title\":\"" + title + "\",\"labels\":" + labelJson + "}";
    }

    /** Every case of the space, oldest (lowest number) first. */
    public List<JsonNode> cases(String space) {
        Api.Result found = engine.api().get(prefix(space) + "/api/cases/_find?perPage=100");
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        found.body().path("cases").forEach(out::add);
        out.sort(Comparator.comparingLong(c -> c.path("incremental_id").asLong()));
        return out;
    }

    public JsonNode getCase(String space, String id) {
        return ok(engine.api().get(prefix(space) + "/api/cases/" + id));
    }

    /** The alerts of a case as {@code GET /api/cases/{id}/alerts} answers them. */
    public List<JsonNode> alertsOf(String space, String caseId) {
        List<JsonNode> out = new ArrayList<>();
        ok(engine.api().get(prefix(space) + "/api/cases/" + caseId + "/alerts")).forEach(out::add);
        return out;
    }

    /** The case's user actions, oldest first, as {@code type:action}. */
    public List<String> activity(String space, String caseId) {
        List<String> out = new ArrayList<>();
        ok(engine.api().get(prefix(space) + "/api/cases/" + caseId + "/user_actions/_find?perPage=100&sortOrder=asc"))
                .path("userActions").forEach(a -> out.add(a.path("type").asText() + ":" + a.path("action").asText()));
        return out;
    }

    /** The id of the stored alert (source, fingerprint). */
    public String storedId(String source, String fingerprint) {
        return store.idOf(source, fingerprint).orElseThrow();
    }

    public static String prefix(String space) {
        return "default".equals(space) ? "" : "/s/" + space;
    }

    public static JsonNode ok(Api.Result result) {
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body();
    }

    @Override
    public void close() {
        engine.close();
    }
}
