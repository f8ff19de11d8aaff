package io.casebook.domain.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a delivery changes an alert already known. Acknowledgement follows PagerDuty's documented semantics
 * (the only source that acknowledges): it lasts until the alert resolves, and a follow-up applies to an open
 * alert only.
 */
public final class AlertLifecycle {

    private AlertLifecycle() {
    }

    /**
     * The state to store when {@code incoming} arrives for an alert whose stored state is {@code current}
     * (null when the alert is new). A repeated trigger does not undo an acknowledgement: PagerDuty keeps an
     * acknowledged incident acknowledged while triggers for it keep arriving. A delivery that does not say when
     * the alert started (an Elastic recovery, a native resolve without startsAt) keeps the known start of the
     * open alert rather than erasing it.
     */
    public static Alert onDelivery(Alert current, Alert incoming) {
        if (current == null) {
            return incoming;
        }
        AlertStatus status = current.status() == AlertStatus.ACKNOWLEDGED && incoming.status() == AlertStatus.FIRING
                ? AlertStatus.ACKNOWLEDGED : incoming.status();
        Instant startsAt = incoming.startsAt() == null && current.status() != AlertStatus.RESOLVED
                ? current.startsAt() : incoming.startsAt();
        if (status == incoming.status() && Objects.equals(startsAt, incoming.startsAt())) {
            return incoming;
        }
        return copy(incoming, status, startsAt, incoming.endsAt());
    }

    /**
     * The state after {@code followUp}, or empty when it must be dropped: the alert is unknown or already
     * resolved (PagerDuty drops acknowledge and resolve events for those). A resolve ends the alert at
     * {@code at}, the time Casebook received it, since the event carries no time of its own.
     */
    public static Optional<Alert> onFollowUp(Alert current, AlertFollowUp followUp, Instant at) {
        if (current == null || current.status() == AlertStatus.RESOLVED) {
            return Optional.empty();
        }
        Instant endsAt = followUp.status() == AlertStatus.RESOLVED ? at : current.endsAt();
        return Optional.of(copy(current, followUp.status(), current.startsAt(), endsAt));
    }

    private static Alert copy(Alert a, AlertStatus status, Instant startsAt, Instant endsAt) {
        return new Alert(a.source(), a.fingerprint(), status, a.severity(), a.title(), a.description(), a.labels(),
                a.fields(), startsAt, endsAt, a.links(), a.rule(), a.groupKey());
    }
}
