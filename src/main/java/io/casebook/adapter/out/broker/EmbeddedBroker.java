package io.casebook.adapter.out.broker;

import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.policy.IndividualDeadLetterStrategy;
import org.apache.activemq.broker.region.policy.PolicyEntry;
import org.apache.activemq.broker.region.policy.PolicyMap;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

/** The default broker: ActiveMQ Classic in-process, persistent (KahaDB) under the data dir, reached over OpenWire. */
final class EmbeddedBroker implements AutoCloseable {

    /** Browsing the dead-letter queue pages at most this many messages in (ActiveMQ's default is 400). */
    private static final int MAX_BROWSE = 10_000;

    /** The broker's own memory for messages; beyond it persistent messages are paged from KahaDB. */
    private static final long MEMORY_BYTES = 64L * 1024 * 1024;

    private static final long STORE_BYTES = 8L * 1024 * 1024 * 1024;
    private static final long TEMP_BYTES = 1024L * 1024 * 1024;

    private final BrokerService service;
    private final URI configured;

    private EmbeddedBroker(BrokerService service, URI configured) {
        this.service = service;
        this.configured = configured;
    }

    /** Starts the broker with one OpenWire connector on {@code connectorUrl} (port 0 picks a free one). */
    static EmbeddedBroker start(Path directory, String connectorUrl) throws Exception {
        BrokerService broker = new BrokerService();
        broker.setBrokerName("casebook");
        broker.setUseJmx(false);
        // CasebookApp stops the broker after the routes; the broker's own hook would race it.
        broker.setUseShutdownHook(false);
        broker.setSchedulerSupport(false);
        broker.setPersistent(true);
        broker.setDataDirectoryFile(directory.toFile());
        KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
        kahaDb.setDirectory(directory.resolve("kahadb").toFile());
        // A send returns only once the journal is on disk (the default, said out loud: durability is the contract).
        kahaDb.setEnableJournalDiskSyncs(true);
        broker.setPersistenceAdapter(kahaDb);
        broker.setDestinationPolicy(policy());
        broker.getSystemUsage().getMemoryUsage().setLimit(MEMORY_BYTES);
        // ActiveMQ's 100 GB defaults exceed most disks and it warns at every start; a backlog of alerts
        // past these would be an outage to fix, not a queue to grow.
        broker.getSystemUsage().getStoreUsage().setLimit(STORE_BYTES);
        broker.getSystemUsage().getTempUsage().setLimit(TEMP_BYTES);
        broker.addConnector(connectorUrl);
        try {
            broker.start();
            broker.waitUntilStarted();
        } catch (Exception e) {
            broker.stop();
            throw e;
        }
        if (!broker.isStarted()) {
            throw new IllegalStateException("it did not start");
        }
        return new EmbeddedBroker(broker, URI.create(connectorUrl));
    }

    /**
     * Messages the broker itself gives up on (redeliveries exhausted) go to {@code <queue>.DLQ}, the same
     * dead-letter queue the alert route uses, rather than ActiveMQ's shared {@code ActiveMQ.DLQ}.
     */
    private static PolicyMap policy() {
        IndividualDeadLetterStrategy deadLetters = new IndividualDeadLetterStrategy();
        deadLetters.setQueuePrefix("");
        deadLetters.setQueueSuffix(".DLQ");
        deadLetters.setUseQueueForQueueMessages(true);
        PolicyEntry queues = new PolicyEntry();
        queues.setQueue(">");
        queues.setDeadLetterStrategy(deadLetters);
        queues.setMaxBrowsePageSize(MAX_BROWSE);
        PolicyMap map = new PolicyMap();
        map.setDefaultEntry(queues);
        return map;
    }

    /**
     * The OpenWire URL clients connect to: the configured address with the real port (when it asked for 0).
     * Not ActiveMQ's published name, which is a host name ("localhost" may resolve to ::1).
     */
    String connectUrl() throws Exception {
        InetSocketAddress bound = (InetSocketAddress) service.getTransportConnectors().get(0).getServer()
                .getSocketAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : configured.getHost();
        return configured.getScheme() + "://" + host + ":" + bound.getPort();
    }

    @Override
    public void close() throws Exception {
        service.stop();
        service.waitUntilStopped();
    }
}
