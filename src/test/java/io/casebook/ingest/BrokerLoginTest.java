package io.casebook.ingest;

import io.casebook.support.StoredAlerts;
import io.casebook.support.TestEngine;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.command.ActiveMQDestination;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.activemq.command.ActiveMQTopic;
import org.apache.activemq.filter.DestinationMapEntry;
import org.apache.activemq.security.AuthenticationUser;
import org.apache.activemq.security.AuthorizationEntry;
import org.apache.activemq.security.AuthorizationPlugin;
import org.apache.activemq.security.DefaultAuthorizationMap;
import org.apache.activemq.security.SimpleAuthenticationPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * JMS ingest trusts the broker's own authentication (README "JMS"): against an ActiveMQ broker that requires a
 * login, the engine consumes with {@code casebook.broker.user} / {@code casebook.broker.password}, a sender
 * with its own login gets its alert stored (and the engine dead-letters a bad one), a sender without one is
 * turned away by the broker, and a publisher may not read the queue: the grants README "JMS" documents.
 */
class BrokerLoginTest {

    BrokerService broker;
    String url;

    @BeforeEach
    void startABrokerThatWantsALogin() throws Exception {
        broker = new BrokerService();
        broker.setBrokerName("login-" + UUID.randomUUID());
        broker.setPersistent(false);
        broker.setUseJmx(false);
        SimpleAuthenticationPlugin logins = new SimpleAuthenticationPlugin(List.of(
                new AuthenticationUser("casebook", "engine-secret", "casebook"),
                new AuthenticationUser("alertmanager-bridge", "sender-secret", "publishers")));
        logins.setAnonymousAccessAllowed(false);
        broker.setPlugins(new BrokerPlugin[] {logins, new AuthorizationPlugin(readmeGrants())});
        var connector = broker.addConnector("tcp://127.0.0.1:0");
        broker.start();
        broker.waitUntilStarted();
        url = connector.getPublishableConnectString();
    }

    /** The grants README "JMS" gives for ActiveMQ Classic, so the test shows they are enough, and no more. */
    private static DefaultAuthorizationMap readmeGrants() throws Exception {
        return new DefaultAuthorizationMap(List.of(
                grant(new ActiveMQQueue("casebook.alerts"), "casebook", "publishers", "casebook"),
                grant(new ActiveMQQueue("casebook.alerts.DLQ"), "casebook", "casebook", "casebook"),
                grant(new ActiveMQTopic("ActiveMQ.Advisory.>"), "casebook,publishers", "casebook,publishers",
                        "casebook,publishers")));
    }

    private static DestinationMapEntry<?> grant(ActiveMQDestination destination, String read, String write,
                                                String admin) throws Exception {
        AuthorizationEntry entry = new AuthorizationEntry();
        entry.setDestination(destination);
        entry.setRead(read);
        entry.setWrite(write);
        entry.setAdmin(admin);
        return entry;
    }

    @AfterEach
    void stop() throws Exception {
        broker.stop();
        broker.waitUntilStopped();
    }

    @Test
    void theEngineLogsInAndOnlySendersWithALoginGetAlertsIn() throws Exception {
        try (TestEngine engine = TestEngine.start(Map.of("casebook.broker.url", url,
                "casebook.broker.user", "casebook", "casebook.broker.password", "engine-secret"))) {
            String fingerprint = UUID.randomUUID().toString();
            send("alertmanager-bridge", "sender-secret", "{\"id\":\"" + fingerprint + "\",\"source\":\"bridge\","
                    + "\"status\":\"firing\",\"title\":\"through a broker with logins\"}");
            StoredAlerts stored = new StoredAlerts(engine);
            await().atMost(Duration.ofSeconds(30)).until(() -> stored.idOf("bridge", fingerprint), Optional::isPresent);

            // The engine may dead-letter too (it writes to the .DLQ with its own login).
            send("alertmanager-bridge", "sender-secret", "{\"source\":\"bridge\",\"title\":\"no status\"}");
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.api().get("/api/alerts/_dead_letters").body()
                    .path("dead_letters").size() == 1);

            assertThatThrownBy(() -> send(null, null, "{\"source\":\"anonymous\"}"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> send("alertmanager-bridge", "guess", "{\"source\":\"guess\"}"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(this::readAsThePublisher).as("a publisher may send, not read")
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    private void readAsThePublisher() throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory("alertmanager-bridge", "sender-secret", url)
                .createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createQueue("casebook.alerts")).receiveNoWait();
        }
    }

    private void send(String user, String password, String body) throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory(user, password, url).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("casebook.alerts")).send(session.createTextMessage(body));
        }
    }
}
