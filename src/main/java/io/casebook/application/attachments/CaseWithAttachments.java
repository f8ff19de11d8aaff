package io.casebook.application.attachments;

import io.casebook.domain.Attachment;
import io.casebook.domain.Case;

import java.util.List;

/** A case with all its attachments, oldest first: what Kibana answers after an attachment is added or changed. */
public record CaseWithAttachments(Case theCase, List<Attachment> attachments) {
}
