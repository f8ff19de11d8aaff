package io.casebook.application.attachments;

import io.casebook.domain.AttachmentContent;
import io.casebook.domain.CasesException;

import java.util.Objects;

/**
 * The update-attachment command: Kibana's PATCH replaces the whole payload of attachment {@code id}, if it is
 * still at {@code expectedVersion}. The owner stays a string: any value other than the stored one is refused
 * as an attempt to change it, known owner or not.
 */
public record AttachmentPatch(String id, long expectedVersion, String owner, AttachmentContent content) {

    /** The version to pass for a token this server never issued: it matches nothing, so the answer is 409. */
    public static final long UNKNOWN_VERSION = -1;

    public AttachmentPatch {
        if (id == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"id\"");
        }
        if (owner == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"owner\"");
        }
        Objects.requireNonNull(content, "content");
    }
}
