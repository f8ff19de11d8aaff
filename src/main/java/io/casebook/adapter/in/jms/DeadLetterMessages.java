package io.casebook.adapter.in.jms;

import io.casebook.application.ingest.DeadLetter;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Set;

/** Reads a dead-lettered JMS message as a {@link DeadLetter}, and copies it for replay without its verdict. */
final class DeadLetterMessages {

    /** Properties that described the failure, not the message: a replay starts without them. */
    private static final Set<String> VERDICT = Set.of(AlertMessages.REASON, AlertMessages.BROKER_REASON);

    private DeadLetterMessages() {
    }

    static String id(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    static DeadLetter view(Message m) {
        try {
            String reason = m.getStringProperty(AlertMessages.REASON);
            if (reason == null) {
                reason = m.getStringProperty(AlertMessages.BROKER_REASON);
            }
            Instant deadLettered = m.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(m.getJMSTimestamp()) : null;
            return new DeadLetter(m.getJMSMessageID(), reason,
                    AlertMessages.formatOrDefault(m.getStringProperty(AlertMessages.FORMAT)),
                    receivedAt(m.getStringProperty(AlertMessages.RECEIVED_AT), deadLettered), deadLettered, body(m));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read dead letter: " + e, e);
        }
    }

    /** A fresh message with the same body and properties (the format header among them), minus the verdict. */
    static Message forReplay(Session session, Message m) throws JMSException {
        Message copy;
        if (m instanceof TextMessage text) {
            copy = session.createTextMessage(text.getText());
        } else if (m instanceof BytesMessage bytes) {
            BytesMessage out = session.createBytesMessage();
            out.writeBytes(read(bytes));
            copy = out;
        } else {
            // Other bodies were dropped when the message was dead-lettered (see JmsAlertListener).
            copy = session.createMessage();
        }
        for (Object name : Collections.list(m.getPropertyNames())) {
            String key = (String) name;
            // JMSX* are set by the provider on each delivery.
            if (!VERDICT.contains(key) && !key.startsWith("JMSX")) {
                copy.setObjectProperty(key, m.getObjectProperty(key));
            }
        }
        copy.setJMSCorrelationID(m.getJMSCorrelationID());
        copy.setJMSType(m.getJMSType());
        return copy;
    }

    private static String body(Message m) throws JMSException {
        if (m instanceof TextMessage text) {
            return text.getText();
        }
        if (m instanceof BytesMessage bytes) {
            return new String(read(bytes), StandardCharsets.UTF_8);
        }
        return null;
    }

    private static byte[] read(BytesMessage message) throws JMSException {
        message.reset();
        byte[] data = new byte[(int) message.getBodyLength()];
        message.readBytes(data);
        return data;
    }

    private static Instant receivedAt(String value, Instant fallback) {
        try {
            return value == null ? fallback : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
