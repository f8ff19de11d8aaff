package io.casebook.application.attachments;

import io.casebook.domain.AttachmentContent;
import io.casebook.domain.CasesException;
import io.casebook.domain.Owner;

import java.util.Objects;

/** The add-attachment command: what to attach (validated by its own type) and the owner it claims. */
public record NewAttachment(Owner owner, AttachmentContent content) {

    public NewAttachment {
        if (owner == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"owner\"");
        }
        Objects.requireNonNull(content, "content");
    }
}
