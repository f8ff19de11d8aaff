package io.casebook.ingest;

import io.casebook.support.Queues;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dead-lettering and acknowledging are one JMS transaction: when the route fails right after its send to the
 * DLQ (here on the first delivery only, in a copy of the route), that send is rolled back with the rest and
 * the message is redelivered, so it ends up on the DLQ once, sent by the redelivery.
 */
class DeadLetterTransactionTest {

    static final String DLQ_SEND = """
                        - to:
                            uri: jms:queue:{{casebook.ingest.queue}}.DLQ
            """;
    /** Marks each copy sent to the DLQ with whether it came from a redelivery. */
    static final String MARK_DELIVERY = """
                        - setHeader:
                            name: fromRedelivery
                            expression:
                              simple:
                                expression: "${header.JMSRedelivered}"
            """;
    static final String FAIL_ON_FIRST_DELIVERY = """
                        - filter:
                            expression:
                              simple:
                                expression: "${header.JMSRedelivered} == false"
                            steps:
                              - throwException:
                                  exceptionType: java.lang.IllegalStateException
                                  message: failed after the DLQ send
            """;

    @Test
    void aFailureAfterTheDeadLetterSendRollsTheSendBack() throws IOException {
        Path routes = Files.createTempDirectory("routes");
        for (Path route : Files.newDirectoryStream(Path.of("routes"), "*.yaml")) {
            Files.copy(route, routes.resolve(route.getFileName()));
        }
        Path jms = routes.resolve("alerts-jms.yaml");
        String yaml = Files.readString(jms);
        assertThat(yaml).as("the route this test breaks on purpose").contains(DLQ_SEND);
        Files.writeString(jms, yaml.replace(DLQ_SEND, MARK_DELIVERY + DLQ_SEND + FAIL_ON_FIRST_DELIVERY));

        try (TestEngine engine = TestEngine.start(Map.of("casebook.routes.dir", routes.toString(),
                "casebook.ingest.jms-redelivery-delay-ms", "100"));
             Queues queues = new Queues(engine.brokerUrl())) {
            queues.sendText("casebook.alerts", "{\"status\":\"firing\",\"title\":\"no source\"}", Map.of());

            await().atMost(Duration.ofSeconds(20)).until(() -> queues.browse("casebook.alerts").isEmpty()
                    && !queues.browse("casebook.alerts.DLQ").isEmpty());
            // Without the shared transaction the first delivery's send would have stayed: two copies, or
            // (no transaction at all) one copy from the first delivery and no redelivery.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> queues.browse("casebook.alerts.DLQ").size() == 1);
            assertThat(Queues.property(queues.browse("casebook.alerts.DLQ").get(0), "fromRedelivery"))
                    .as("the copy on the DLQ came from the redelivery").isEqualTo("true");
        }
    }
}
