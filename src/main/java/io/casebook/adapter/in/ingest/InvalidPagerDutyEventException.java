package io.casebook.adapter.in.ingest;

import io.casebook.domain.alert.InvalidAlertException;

import java.util.List;

/**
 * A PagerDuty event that PagerDuty itself would refuse, with every reason in PagerDuty's wording, so that
 * {@code POST /v2/enqueue} can answer with PagerDuty's {@code errors} list while other transports (JMS) still
 * see an ordinary invalid alert.
 */
public final class InvalidPagerDutyEventException extends InvalidAlertException {

    private final List<String> errors;

    public InvalidPagerDutyEventException(List<String> errors) {
        super("event", String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
