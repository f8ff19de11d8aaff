package io.casebook.application.port;

import io.casebook.application.ingest.DeadLetter;

import java.util.List;

/** The alert messages that could not be processed: browse them, and send them back for another try. */
public interface DeadLetterQueue {

    /** One page of dead letters, oldest first, and how many there are in all. */
    Page page(int offset, int limit);

    /**
     * Moves the given messages (every message when {@code ids} is empty) back to the intake queue; one
     * that fails again returns to the dead-letter queue under a new id.
     */
    Replayed replay(List<String> ids);

    /** A page of dead letters. */
    record Page(int total, List<DeadLetter> items) {
    }

    /** How many messages went back, and which of the requested ids were not on the queue. */
    record Replayed(int replayed, List<String> notFound) {
    }
}
