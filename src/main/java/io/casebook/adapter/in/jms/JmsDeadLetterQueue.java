package io.casebook.adapter.in.jms;

import io.casebook.application.ingest.DeadLetter;
import io.casebook.application.port.DeadLetterQueue;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@link DeadLetterQueue} on the broker: browses {@code <queue>.DLQ} and moves messages back to the queue. */
public final class JmsDeadLetterQueue implements DeadLetterQueue {

    /** Messages moved per transaction (and per selector). */
    private static final int BATCH = 100;
    /** How long to wait for a message the browser saw; it may be gone already (a concurrent replay). */
    private static final long RECEIVE_TIMEOUT_MS = 2000;

    private final ConnectionFactory factory;
    private final String queue;
    private final String deadLetterQueue;

    public JmsDeadLetterQueue(ConnectionFactory factory, String queue) {
        this.factory = factory;
        this.queue = queue;
        this.deadLetterQueue = AlertMessages.deadLetterQueue(queue);
    }

    @Override
    public Page page(int offset, int limit) {
        List<DeadLetter> items = new ArrayList<>();
        int[] total = {0};
        browse(message -> {
            if (total[0] >= offset && items.size() < limit) {
                items.add(DeadLetterMessages.view(message));
            }
            total[0]++;
        });
        return new Page(total[0], items);
    }

    @Override
    public Replayed replay(List<String> ids) {
        // A snapshot first: a replayed message that fails again comes back under a new id and is left alone.
        Set<String> present = new LinkedHashSet<>();
        browse(message -> present.add(DeadLetterMessages.id(message)));
        List<String> wanted = ids.isEmpty() ? List.copyOf(present)
                : ids.stream().distinct().filter(present::contains).toList();
        List<String> notFound = ids.stream().distinct().filter(id -> !present.contains(id)).toList();
        int moved = 0;
        try (Connection connection = factory.createConnection()) {
            connection.start();
            try (Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                 MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                Queue source = session.createQueue(deadLetterQueue);
                for (int from = 0; from < wanted.size(); from += BATCH) {
                    List<String> batch = wanted.subList(from, Math.min(from + BATCH, wanted.size()));
                    moved += moveBatch(session, source, producer, batch);
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot replay dead letters from " + deadLetterQueue + ": " + e, e);
        }
        return new Replayed(moved, notFound);
    }

    /** Moves one batch in one transaction: the copy is on the queue exactly when the original left the DLQ. */
    private static int moveBatch(Session session, Queue source, MessageProducer producer, List<String> ids)
            throws JMSException {
        int moved = 0;
        try (MessageConsumer consumer = session.createConsumer(source, selector(ids))) {
            for (int i = 0; i < ids.size(); i++) {
                Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
                if (message == null) {
                    break;
                }
                producer.send(DeadLetterMessages.forReplay(session, message));
                moved++;
            }
            session.commit();
        } catch (JMSException | RuntimeException e) {
            session.rollback();
            throw e;
        }
        return moved;
    }

    static String selector(List<String> ids) {
        return ids.stream().map(id -> "'" + id.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "JMSMessageID IN (", ")"));
    }

    private void browse(Consumer<Message> visitor) {
        try (Connection connection = factory.createConnection()) {
            // ActiveMQ's browser enumerates nothing on a connection that is not started.
            connection.start();
            try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                 QueueBrowser browser = session.createBrowser(session.createQueue(deadLetterQueue))) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    visitor.accept((Message) messages.nextElement());
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse " + deadLetterQueue + ": " + e, e);
        }
    }
}
