package io.casebook.domain.alert;

/** A link an alert carries (generator URL, runbook, dashboard, image). */
public record AlertLink(String href, String text) {
}
