package io.casebook.api.rules;

import io.casebook.support.AlertFlood;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.casebook.support.RuleFixtures.rule;

/**
 * 10,000 alerts over 50 groups through the broker to 4 concurrent JMS consumers, routed by 4 router threads
 * while they arrive (some messages delivered twice): exactly 50 cases, each with exactly its 200 alerts.
 */
class RuleFloodTest {

    static RuleEngine engine;

    @BeforeAll
    static void start() {
        engine = RuleEngine.start(Map.of("casebook.ingest.jms-consumers", "4", "casebook.rules.router-threads", "4"));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void tenThousandAlertsOverFiftyGroupsMakeFiftyCasesWithExactlyTheirAlerts() {
        engine.rules(rule("flood").space("flood").groupBy("labels.group").title("{{labels.group}}").build());
        AlertFlood flood = new AlertFlood(10_000, 50, 20);

        flood.publish(engine.engine().brokerUrl(), "casebook.alerts");
        flood.awaitRouted(engine.store(), Duration.ofMinutes(3));

        flood.verify(engine.api(), "flood", engine.store());
    }
}
