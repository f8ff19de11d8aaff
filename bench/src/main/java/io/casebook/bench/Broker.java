package io.casebook.bench;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * ActiveMQ Classic (the engine's version, KahaDB, persistent) in the bench's JVM: it holds the pre-filled
 * queues the engine drains, and measures the raw persistent throughput that drain is compared with.
 */
final class Broker implements AutoCloseable {

    private final BrokerService service;
    private final String url;

    Broker(Path dataDir) throws Exception {
        service = new BrokerService();
        service.setBrokerName("bench");
        service.setUseJmx(false);
        service.setPersistent(true);
        service.setDataDirectoryFile(dataDir.toFile());
        KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
        kahaDb.setDirectory(dataDir.resolve("kahadb").toFile());
        service.setPersistenceAdapter(kahaDb);
        service.addConnector("tcp://127.0.0.1:0");
        service.start();
        service.waitUntilStarted();
        url = service.getTransportConnectors().get(0).getPublishableConnectString();
    }

    String url() {
        return url;
    }

    /** Sends {@code count} persistent text messages with {@code producers} threads (synchronous sends); msg/s. */
    double fill(String queue, long count, int producers, LongFunction<String> body) throws Exception {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        runThreads(producers, () -> {
            try (Connection c = factory().createConnection()) {
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer p = s.createProducer(s.createQueue(queue));
                p.setDeliveryMode(DeliveryMode.PERSISTENT);
                for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    TextMessage m = s.createTextMessage(body.apply(n));
                    m.setStringProperty("CasebookFormat", "native");
                    p.send(m);
                }
            }
        });
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Receives {@code count} messages with {@code consumers} threads, each in a local transaction committed per
     * message (as the engine's transacted route does); msg/s.
     */
    double drain(String queue, long count, int consumers) throws Exception {
        AtomicLong received = new AtomicLong();
        long start = System.nanoTime();
        runThreads(consumers, () -> {
            try (Connection c = factory().createConnection()) {
                c.start();
                Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = s.createConsumer(s.createQueue(queue));
                while (received.get() < count) {
                    if (consumer.receive(200) != null) {
                        s.commit();
                        received.incrementAndGet();
                    }
                }
            }
        });
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Messages taken off the queue (acknowledged) so far. */
    long dequeued(String queue) throws Exception {
        Destination d = service.getDestination(new ActiveMQQueue(queue));
        return d == null ? 0 : d.getDestinationStatistics().getDequeues().getCount();
    }

    private ActiveMQConnectionFactory factory() {
        return new ActiveMQConnectionFactory(url);
    }

    /** A body that throws: the JMS API's checked exceptions. */
    private interface Work {
        void run() throws Exception;
    }

    private static void runThreads(int n, Work work) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try {
                    work.run();
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    @Override
    public void close() throws Exception {
        service.stop();
        service.waitUntilStopped();
    }
}
