package io.casebook.adapter.in.jms;

import io.casebook.adapter.in.ingest.AlertIntake;
import io.casebook.application.ingest.IngestReceipt;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * The bean behind routes/alerts-jms.yaml: reads an alert message (text, or UTF-8 bytes as STOMP and AMQP
 * senders produce) and its format header, and hands it to {@link AlertIntake}, which commits before the
 * route's JMS transaction does. Also labels a message on its way to the dead-letter queue.
 */
public final class JmsAlertListener {

    private static final Logger LOG = LoggerFactory.getLogger(JmsAlertListener.class);

    private final AlertIntake intake;
    private final int maxBodyBytes;
    private final Clock clock;

    public JmsAlertListener(AlertIntake intake, int maxBodyBytes, Clock clock) {
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    /**
     * Stores the message's alerts. Throws {@code InvalidAlertException} or {@link UnprocessableMessageException}
     * for a message that can never be stored; anything else is transient (the transaction rolls back).
     */
    public void accept(Exchange exchange) throws JMSException {
        String format = AlertMessages.formatOrDefault(exchange.getIn().getHeader(AlertMessages.FORMAT, String.class));
        IngestReceipt receipt = intake.accept(format, "jms", text(jms(exchange)));
        LOG.debug("JMS delivery {}: {} alert(s)", receipt.deliveryId(), receipt.alerts().size());
    }

    /**
     * Labels the failed message with its reason and first-received time, and gives the route a body it can
     * send to the dead-letter queue: the text or bytes as they came, nothing for other kinds of message.
     */
    public void deadLetter(Exchange exchange) throws JMSException {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = cause == null ? "unknown" : cause.getMessage();
        var in = exchange.getIn();
        in.setHeader(AlertMessages.REASON, reason);
        if (in.getHeader(AlertMessages.RECEIVED_AT) == null) {
            in.setHeader(AlertMessages.RECEIVED_AT, Instant.now(clock).toString());
        }
        Message message = jms(exchange);
        in.setBody(message instanceof TextMessage text ? text.getText()
                : message instanceof BytesMessage bytes ? bytes(bytes) : null);
        LOG.warn("Alert message {} dead-lettered: {}", in.getHeader("JMSMessageID"), reason);
    }

    private String text(Message message) throws JMSException {
        String body;
        if (message instanceof TextMessage text) {
            body = text.getText();
        } else if (message instanceof BytesMessage bytes) {
            body = utf8(bytes(bytes));
        } else {
            throw new UnprocessableMessageException("[body]: expected a text message but got a message of type "
                    + typeName(message));
        }
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new UnprocessableMessageException("[body]: is larger than the limit of " + maxBodyBytes
                    + " bytes (casebook.ingest.max-body-bytes)");
        }
        return body;
    }

    private static byte[] bytes(BytesMessage message) throws JMSException {
        message.reset();
        byte[] data = new byte[(int) message.getBodyLength()];
        message.readBytes(data);
        return data;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnprocessableMessageException("[body]: expected text but got bytes that are not UTF-8");
        }
    }

    /** The route consumes with mapJmsMessage=false, so the body is the JMS message itself. */
    private static Message jms(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (body instanceof Message message) {
            return message;
        }
        throw new UnprocessableMessageException("[body]: expected a JMS message but got "
                + (body == null ? "nothing" : body.getClass().getName()));
    }

    private static String typeName(Message message) {
        for (Class<?> type : message.getClass().getInterfaces()) {
            if (type.getName().startsWith("jakarta.jms.")) {
                return type.getSimpleName();
            }
        }
        return message.getClass().getSimpleName();
    }
}
