package io.casebook.adapter.in.rest.rules;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.adapter.in.rules.RulesFileWatcher;
import io.casebook.application.rules.RuleBook;
import io.casebook.application.rules.RuleCounters;
import io.casebook.domain.rules.Rule;
import io.casebook.domain.security.Level;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/rules}: the rules in force, in the order they are tried, with what each did since this
 * instance started, the alerts no rule took, and which file (and when) they were loaded from.
 */
public final class RulesApi implements ApiModule {

    private final RuleBook book;
    private final RuleCounters counters;
    private final RulesFileWatcher watcher;

    public RulesApi(RuleBook book, RuleCounters counters, RulesFileWatcher watcher) {
        this.book = book;
        this.counters = counters;
        this.watcher = watcher;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/rules", RouteAccess.rules(Level.READ, "access"), this::list);
    }

    private ApiResponse list(ApiRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rules", book.current().rules().stream().map(this::view).toList());
        body.put("dropped_alerts", counters.droppedAlerts());
        body.put("loaded_at", watcher.loadedAt() == null ? null : watcher.loadedAt().toString());
        body.put("file", watcher.file().toString());
        body.put("last_error", watcher.lastError());
        return ApiResponse.ok(body);
    }

    private Map<String, Object> view(Rule rule) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rule.id());
        view.put("name", rule.name());
        view.put("owner", rule.owner().wire());
        view.put("space", rule.space());
        view.put("group_by", rule.groupBy());
        view.put("time_window", text(rule.window().duration()));
        view.put("reopen_closed", rule.reopenClosed());
        view.put("max_alerts_per_case", rule.maxAlertsPerCase());
        view.put("circuit_breaker", rule.breaker() == null ? null : ordered(
                "max_new_cases", rule.breaker().maxNewCases(), "period", text(rule.breaker().period())));
        view.put("auto_push", rule.autoPush());
        RuleCounters.Counts counts = counters.of(rule.id());
        view.put("counters", ordered("alerts_matched", counts.alertsMatched(), "cases_created", counts.casesCreated()));
        return view;
    }

    /** Two keys in the order the documentation shows them. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** A duration in the units rules.yaml is written in, the largest that is exact: 7d, 90m, 45s. */
    static String text(Duration duration) {
        long seconds = duration.toSeconds();
        for (Map.Entry<String, Long> unit : List.of(Map.entry("d", 86_400L), Map.entry("h", 3_600L),
                Map.entry("m", 60L))) {
            if (seconds % unit.getValue() == 0) {
                return seconds / unit.getValue() + unit.getKey();
            }
        }
        return seconds + "s";
    }
}
