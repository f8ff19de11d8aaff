package io.casebook.rules;

import io.casebook.domain.rules.Rule;
import io.casebook.support.AlertFlood;
import io.casebook.support.Postgres;
import io.casebook.support.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.casebook.support.RuleFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two engine instances sharing one PostgreSQL database and one broker (the second uses the first's), each
 * with 4 JMS consumers and 2 router threads, route 10,000 alerts over 50 groups as they arrive: exactly 50
 * cases, each with exactly its 200 alerts, none twice. Always on PostgreSQL (the database instances share in
 * production), so it runs once, in the default test run, not again in the api-on-postgres one.
 */
class TwoEnginesFloodTest {

    static RuleEngine first;
    static RuleEngine second;

    @BeforeAll
    static void start() {
        Map<String, String> shared = new HashMap<>(Postgres.freshDatabase());
        shared.put("casebook.ingest.jms-consumers", "4");
        shared.put("casebook.rules.router-threads", "2");
        first = RuleEngine.start(shared);
        shared.put("casebook.broker.url", first.engine().brokerUrl());
        second = RuleEngine.start(shared);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseAndBrokerMakeExactlyOneCasePerGroup() {
        Rule flood = rule("flood").space("flood").groupBy("labels.group").title("{{labels.group}}").build();
        first.rules(flood);
        second.rules(flood);
        AlertFlood alerts = new AlertFlood(10_000, 50, 20);

        alerts.publish(first.engine().brokerUrl(), "casebook.alerts");
        alerts.awaitRouted(first.store(), Duration.ofMinutes(4));

        alerts.verify(first.api(), "flood", first.store());
        alerts.verify(second.api(), "flood", second.store());
        long routedBySecond = second.engine().app().ruleCounters().of("flood").alertsMatched();
        long routedByFirst = first.engine().app().ruleCounters().of("flood").alertsMatched();
        assertThat(routedByFirst + routedBySecond)
                .as("every alert routed once in all").isEqualTo(10_000);
        assertThat(routedByFirst).as("both instances routed (about half each when measured)").isPositive();
        assertThat(routedBySecond).isPositive();
    }
}
