package io.casebook.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.adapter.JsonSupport;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.rules.RulesApi;
import io.casebook.adapter.in.rules.RulesFileLoader;
import io.casebook.adapter.in.rules.RulesFileWatcher;
import io.casebook.adapter.out.template.MustacheTemplateRenderer;
import io.casebook.application.RequestContext;
import io.casebook.application.rules.RuleBook;
import io.casebook.application.rules.RuleCounters;
import io.casebook.domain.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters GET /api/rules shows are the ones the router keeps in {@link RuleCounters}, per rule. */
class RulesApiCountersTest {

    @TempDir
    Path dir;

    @Test
    void showsWhatTheRouterCounted() throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, "rules:\n  - id: a\n  - id: b\n");
        RuleBook book = new RuleBook();
        RuleCounters counters = new RuleCounters();
        RulesFileWatcher watcher = new RulesFileWatcher(file, new RulesFileLoader(new MustacheTemplateRenderer()),
                book, Clock.systemUTC());
        watcher.loadAtStart();
        ApiRoutes routes = new ApiRoutes();
        new RulesApi(book, counters, watcher).register(routes);

        counters.matched("a", 3);
        counters.matched("a", 2);
        counters.caseCreated("a");
        counters.matched("b", 1);
        counters.dropped(4);

        JsonNode body = get(routes);
        assertThat(counts(body.path("rules").get(0))).containsExactly(5L, 1L);
        assertThat(counts(body.path("rules").get(1))).containsExactly(1L, 0L);
        assertThat(body.path("dropped_alerts").asLong()).isEqualTo(4);
    }

    private static List<Long> counts(JsonNode rule) {
        JsonNode counters = rule.path("counters");
        return List.of(counters.path("alerts_matched").asLong(), counters.path("cases_created").asLong());
    }

    private static JsonNode get(ApiRoutes routes) {
        ApiRoutes.Match match = routes.match("GET", "/api/rules").orElseThrow();
        ApiResponse response = match.route().handler().handle(new ApiRequest("GET", "/api/rules", match.params(),
                Map.of(), null, new RequestContext("default", User.named("elastic"))));
        assertThat(response.status()).isEqualTo(200);
        return JsonSupport.newMapper().valueToTree(response.body());
    }
}
