package io.casebook.domain;

/** What an attachment carries; the two kinds Kibana's public API accepts. */
public sealed interface AttachmentContent permits UserComment, AttachedAlerts {

    AttachmentType type();
}
