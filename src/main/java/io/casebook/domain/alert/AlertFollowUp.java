package io.casebook.domain.alert;

/**
 * A state change for an alert known only by its identity, carrying nothing else (PagerDuty's acknowledge and
 * resolve events): it changes the status of the alert it names and leaves what the alert says untouched.
 */
public record AlertFollowUp(String source, String fingerprint, AlertStatus status) {

    public AlertFollowUp {
        if (source == null || source.isBlank()) {
            throw new InvalidAlertException("source", "is required");
        }
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new InvalidAlertException("fingerprint", "is required");
        }
        if (fingerprint.length() > Alert.MAX_FINGERPRINT_LENGTH) {
            throw new InvalidAlertException("fingerprint", "must be at most " + Alert.MAX_FINGERPRINT_LENGTH
                    + " characters");
        }
        if (status == null || status == AlertStatus.FIRING) {
            throw new InvalidAlertException("status", "a follow-up acknowledges or resolves, it does not fire");
        }
    }
}
