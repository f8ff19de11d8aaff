package io.casebook.application.attachments;

import java.time.Instant;

/** One alert in a case: its id, its index and when the attachment that brought it was created. */
public record CaseAlert(String id, String index, Instant attachedAt) {
}
