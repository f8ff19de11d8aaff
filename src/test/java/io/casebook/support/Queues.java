package io.casebook.support;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A plain OpenWire client, as any sender would use: publishes to and browses queues over TCP. */
public final class Queues implements AutoCloseable {

    private final Connection connection;

    public Queues(String brokerUrl) {
        try {
            connection = new ActiveMQConnectionFactory(brokerUrl).createConnection();
            connection.start();
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot connect to " + brokerUrl, e);
        }
    }

    /** Sends a persistent text message with the given JMS properties; returns its JMS message id. */
    public String sendText(String queue, String body, Map<String, ?> properties) {
        return send(queue, s -> call(() -> s.createTextMessage(body)), properties);
    }

    public String sendBytes(String queue, byte[] body, Map<String, ?> properties) {
        return send(queue, s -> call(() -> {
            BytesMessage message = s.createBytesMessage();
            message.writeBytes(body);
            return message;
        }), properties);
    }

    public String send(String queue, Function<Session, Message> create, Map<String, ?> properties) {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            Message message = create.apply(session);
            for (Map.Entry<String, ?> p : properties.entrySet()) {
                message.setObjectProperty(p.getKey(), p.getValue());
            }
            session.createProducer(session.createQueue(queue)).send(message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages on the queue now, oldest first, without consuming them. */
    public List<Message> browse(String queue) {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
            List<Message> out = new ArrayList<>();
            for (Object m : Collections.list(browser.getEnumeration())) {
                out.add((Message) m);
            }
            return out;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Consumes whatever is on the queue (to leave an external broker as it was found). */
    public int drain(String queue) {
        int drained = 0;
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            while (consumer.receive(500) != null) {
                drained++;
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        return drained;
    }

    public static String text(Message message) {
        return call(() -> ((jakarta.jms.TextMessage) message).getText());
    }

    public static String property(Message message, String name) {
        return call(() -> message.getStringProperty(name));
    }

    /** A JMS call with its checked exception unchecked. */
    public interface JmsCall<T> {
        T get() throws JMSException;
    }

    public static <T> T call(JmsCall<T> call) {
        try {
            return call.get();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (JMSException ignored) {
            // the broker may be gone already (engine stopped first)
        }
    }
}
