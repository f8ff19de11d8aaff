package io.casebook.application.connectors;

import io.casebook.domain.Case;

import java.time.Instant;

/** How one attempt at a push ended. */
public sealed interface PushOutcome {

    /** Sent and recorded on the case. */
    record Delivered(Case pushedCase) implements PushOutcome {
    }

    /** Failed for now; tried again at {@code nextAttempt}. */
    record WillRetry(String error, int attempts, Instant nextAttempt) implements PushOutcome {
    }

    /** Failed for good (refused, or out of attempts); the error stays visible on the case's connectors. */
    record Failed(String error, int attempts) implements PushOutcome {
    }

    /** The case no longer exists: nothing to push. */
    record Dropped() implements PushOutcome {
    }
}
