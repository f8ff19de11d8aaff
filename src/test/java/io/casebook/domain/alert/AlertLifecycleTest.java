package io.casebook.domain.alert;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a delivery or a follow-up does to an alert already stored. */
class AlertLifecycleTest {

    private static final Instant START = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-29T11:00:00Z");

    private static Alert alert(AlertStatus status, Instant startsAt) {
        return new Alert("pagerduty:abc", "k1", status, null, "disk full", null, Map.of(), Map.of(), startsAt, null,
                null, null, null);
    }

    @Test
    void aNewAlertIsStoredAsItCame() {
        Alert incoming = alert(AlertStatus.FIRING, START);
        assertThat(AlertLifecycle.onDelivery(null, incoming)).isSameAs(incoming);
    }

    @Test
    void aRepeatedTriggerKeepsTheAcknowledgement() {
        Alert next = AlertLifecycle.onDelivery(alert(AlertStatus.ACKNOWLEDGED, START),
                alert(AlertStatus.FIRING, START));
        assertThat(next.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(next.contentDigest()).isEqualTo(alert(AlertStatus.ACKNOWLEDGED, START).contentDigest());
    }

    @Test
    void aTriggerAfterResolutionFiresAgain() {
        assertThat(AlertLifecycle.onDelivery(alert(AlertStatus.RESOLVED, START), alert(AlertStatus.FIRING, NOW))
                .status()).isEqualTo(AlertStatus.FIRING);
    }

    @Test
    void aDeliveryWithoutStartKeepsTheStartOfTheOpenAlertOnly() {
        assertThat(AlertLifecycle.onDelivery(alert(AlertStatus.FIRING, START), alert(AlertStatus.RESOLVED, null))
                .startsAt()).isEqualTo(START);
        assertThat(AlertLifecycle.onDelivery(alert(AlertStatus.RESOLVED, START), alert(AlertStatus.FIRING, null))
                .startsAt()).as("a new episode does not inherit the old start").isNull();
        assertThat(AlertLifecycle.onDelivery(alert(AlertStatus.FIRING, START), alert(AlertStatus.FIRING, NOW))
                .startsAt()).isEqualTo(NOW);
    }

    @Test
    void aFollowUpChangesOnlyTheStatusOfAnOpenAlert() {
        Alert open = alert(AlertStatus.FIRING, START);
        AlertFollowUp ack = new AlertFollowUp("pagerduty:abc", "k1", AlertStatus.ACKNOWLEDGED);
        AlertFollowUp resolve = new AlertFollowUp("pagerduty:abc", "k1", AlertStatus.RESOLVED);

        Alert acked = AlertLifecycle.onFollowUp(open, ack, NOW).orElseThrow();
        assertThat(acked.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acked.title()).isEqualTo("disk full");
        assertThat(acked.endsAt()).isNull();
        Alert resolved = AlertLifecycle.onFollowUp(acked, resolve, NOW).orElseThrow();
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.startsAt()).isEqualTo(START);
        assertThat(resolved.endsAt()).isEqualTo(NOW);
    }

    @Test
    void aFollowUpForAnUnknownOrResolvedAlertIsDropped() {
        AlertFollowUp ack = new AlertFollowUp("pagerduty:abc", "k1", AlertStatus.ACKNOWLEDGED);
        assertThat(AlertLifecycle.onFollowUp(null, ack, NOW)).isEmpty();
        assertThat(AlertLifecycle.onFollowUp(alert(AlertStatus.RESOLVED, START), ack, NOW)).isEmpty();
    }

    @Test
    void aFollowUpCannotFire() {
        assertThatThrownBy(() -> new AlertFollowUp("s", "k", AlertStatus.FIRING))
                .isInstanceOf(InvalidAlertException.class)
                .hasMessage("[status]: a follow-up acknowledges or resolves, it does not fire");
        assertThatThrownBy(() -> new AlertFollowUp("s", " ", AlertStatus.RESOLVED))
                .hasMessage("[fingerprint]: is required");
    }
}
