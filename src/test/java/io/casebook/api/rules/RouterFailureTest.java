package io.casebook.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.domain.alert.Alert;
import io.casebook.adapter.out.template.MustacheTemplateRenderer;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.casebook.support.RuleEngine.alert;
import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An alert whose routing fails holds back no other alert, and is parked visibly after its last attempt. */
class RouterFailureTest {

    static RuleEngine engine;

    /** Opening a case from a "poison" alert fails, as a broken template or a bad value would. */
    static final TemplateRenderer POISONED = new TemplateRenderer() {
        private final MustacheTemplateRenderer templates = new MustacheTemplateRenderer();

        @Override
        public String render(String template, Alert alert) {
            if ("yes".equals(alert.labels().get("poison"))) {
                throw new IllegalStateException("cannot render a poisoned alert");
            }
            return templates.render(template, alert);
        }

        @Override
        public void check(String template) {
        }
    };

    @BeforeAll
    static void start() {
        engine = RuleEngine.start(Map.of("casebook.rules.router-max-attempts", "3"), POISONED);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aPoisonAlertIsParkedWithItsErrorAfterItsLastAttemptAndTheOthersAreRouted() {
        engine.rules(rule("per-alert").space("fail-park").groupBy("labels.id").build());
        engine.post(alert("p", "p1", "firing", "Poison", "id", "1", "poison", "yes"),
                alert("p", "ok2", "firing", "Fine", "id", "2"));

        String poison = engine.storedId("p", "p1");
        JsonNode parked = await().atMost(Duration.ofSeconds(20)).until(
                () -> engine.api().get("/api/alerts/" + poison).body().at("/history/0"),
                e -> e.path("parked_at").isTextual());
        assertThat(parked.path("routed_at").isNull()).isTrue();
        assertThat(parked.path("route_error").asText()).contains("cannot render a poisoned alert");
        engine.awaitRouted();
        assertThat(engine.cases("fail-park")).extracting(c -> c.path("title").asText()).containsExactly("Fine");
    }

    @Test
    void anAlertThatFailsItsGroupsBatchDoesNotStopTheOthersOfTheGroup() {
        engine.rules(rule("per-host").space("fail-isolate").groupBy("labels.host").build());
        engine.deliver(alert("i", "i1", "firing", "Poison first", "host", "h1", "poison", "yes"),
                alert("i", "i2", "firing", "Fine second", "host", "h1"),
                alert("i", "i3", "firing", "Fine third", "host", "h1"));

        JsonNode c = engine.cases("fail-isolate").get(0);
        assertThat(c.path("title").asText()).as("opened from the first alert that could open it")
                .isEqualTo("Fine second");
        assertThat(c.path("totalAlerts").asInt()).as("the poison alert joined once the case existed").isEqualTo(3);
        JsonNode event = engine.api().get("/api/alerts/" + engine.storedId("i", "i1")).body().at("/history/0");
        assertThat(event.path("routed_at").isTextual()).isTrue();
        assertThat(event.path("route_error").asText()).as("its failed attempt is on record")
                .contains("cannot render a poisoned alert");
    }
}
