package io.casebook.adapter.in.jms;

/** The JMS properties of an alert message, as senders set them and as the dead-letter queue keeps them. */
public final class AlertMessages {

    /** Names the payload's format (one of AlertIntake.formats()); absent or blank means {@code native}. */
    public static final String FORMAT = "CasebookFormat";
    /** Why a message was dead-lettered. */
    public static final String REASON = "CasebookDeadLetterReason";
    /** When Casebook first took the message (ISO-8601), kept across replays. */
    public static final String RECEIVED_AT = "CasebookReceivedAt";
    /** Set by ActiveMQ itself when it dead-letters a message whose redeliveries ran out. */
    public static final String BROKER_REASON = "dlqDeliveryFailureCause";
    public static final String DEFAULT_FORMAT = "native";

    private AlertMessages() {
    }

    /** The dead-letter queue of an intake queue. */
    public static String deadLetterQueue(String queue) {
        return queue + ".DLQ";
    }

    static String formatOrDefault(String format) {
        return format == null || format.isBlank() ? DEFAULT_FORMAT : format.trim();
    }
}
