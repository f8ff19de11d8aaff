package io.casebook.adapter.out.broker;

import io.casebook.config.Settings;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.RedeliveryPolicy;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The broker Casebook talks to: {@code casebook.broker.url} when set (ActiveMQ Classic or Artemis over
 * OpenWire), otherwise an {@link EmbeddedBroker} under the data dir. Hands out one pooled connection factory.
 */
public final class MessageBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MessageBroker.class);

    private final EmbeddedBroker embedded;
    private final String url;
    private final JmsPoolConnectionFactory pool;

    private MessageBroker(EmbeddedBroker embedded, String url, JmsPoolConnectionFactory pool) {
        this.embedded = embedded;
        this.url = url;
        this.pool = pool;
    }

    public static MessageBroker start(Settings settings) {
        Optional<String> external = settings.find("casebook.broker.url");
        EmbeddedBroker embedded = null;
        try {
            String url;
            if (external.isPresent()) {
                url = external.get();
            } else {
                Path dir = settings.dataDir().resolve("broker");
                String listen = settings.get("casebook.broker.embedded-url", "tcp://127.0.0.1:61616");
                try {
                    embedded = EmbeddedBroker.start(dir, listen);
                } catch (Exception e) {
                    throw new IllegalStateException("the embedded broker cannot listen on " + listen + ": "
                            + e.getMessage() + " (another broker there? set casebook.broker.url to use it, or "
                            + "casebook.broker.embedded-url to listen elsewhere)", e);
                }
                url = embedded.connectUrl();
                LOG.info("Embedded broker on {} (data: {})", url, dir.toAbsolutePath());
            }
            return new MessageBroker(embedded, url, pool(client(url, settings)));
        } catch (Exception e) {
            closeQuietly(embedded);
            throw new IllegalStateException("Cannot start the message broker: " + e.getMessage(), e);
        }
    }

    private static ActiveMQConnectionFactory client(String url, Settings settings) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        // Broker authentication is the broker's own; these are only passed on (the embedded broker needs none).
        settings.find("casebook.broker.user").ifPresent(factory::setUserName);
        settings.find("casebook.broker.password").ifPresent(factory::setPassword);
        factory.setRedeliveryPolicy(redelivery(settings));
        return factory;
    }

    /**
     * A rolled-back message (database down, any transient failure) comes back after a growing delay. The
     * default keeps trying forever: an outage is waited out rather than turned into dead letters.
     */
    static RedeliveryPolicy redelivery(Settings settings) {
        RedeliveryPolicy policy = new RedeliveryPolicy();
        long delay = settings.getInt("casebook.ingest.jms-redelivery-delay-ms", 1000);
        policy.setInitialRedeliveryDelay(delay);
        policy.setRedeliveryDelay(delay);
        policy.setUseExponentialBackOff(true);
        policy.setBackOffMultiplier(2);
        policy.setMaximumRedeliveryDelay(settings.getInt("casebook.ingest.jms-max-redelivery-delay-ms", 60_000));
        policy.setMaximumRedeliveries(settings.getInt("casebook.ingest.jms-max-redeliveries", -1));
        return policy;
    }

    private static JmsPoolConnectionFactory pool(ActiveMQConnectionFactory client) {
        JmsPoolConnectionFactory pool = new JmsPoolConnectionFactory();
        pool.setConnectionFactory(client);
        pool.start();
        return pool;
    }

    /** The pooled factory for Camel's jms component and every other JMS user in the engine. */
    public ConnectionFactory connectionFactory() {
        return pool;
    }

    /** The OpenWire URL in use (the embedded broker's real address when it picked a free port). */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        pool.stop();
        closeQuietly(embedded);
    }

    private static void closeQuietly(EmbeddedBroker broker) {
        if (broker == null) {
            return;
        }
        try {
            broker.close();
        } catch (Exception e) {
            LOG.warn("Error stopping the embedded broker: {}", e.getMessage());
        }
    }
}
