package io.casebook.application.attachments;

import java.time.Instant;

/**
 * One alert in a case: its id, its index, when the attachment that brought it was created, and the status
 * of the stored alert it is (null for an alert attached by id from elsewhere).
 */
public record CaseAlert(String id, String index, Instant attachedAt, String status) {
}
