package io.casebook.application.attachments;

import io.casebook.domain.Attachment;

import java.util.List;

/** One page of a case's comments and how many there are in all. */
public record AttachmentPage(List<Attachment> attachments, long total) {
}
