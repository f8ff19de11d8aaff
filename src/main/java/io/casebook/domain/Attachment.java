package io.casebook.domain;

import java.time.Instant;

/**
 * Something attached to a case (Kibana's "comment" saved object): a user comment or a group of alerts, with
 * the owner of its case and its own version for optimistic updates.
 */
public final class Attachment {

    private final String id;
    private final String caseId;
    private final String space;
    private final Owner owner;
    private final Instant createdAt;
    private final User createdBy;
    private AttachmentContent content;
    private long version;
    private Instant updatedAt;
    private User updatedBy;
    private Instant pushedAt;
    private User pushedBy;

    public Attachment(String id, String caseId, String space, Owner owner, AttachmentContent content,
                      Instant createdAt, User createdBy) {
        this.id = id;
        this.caseId = caseId;
        this.space = space;
        this.owner = owner;
        this.content = content;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Replaces the content as Kibana's PATCH does: the whole payload, never its type or owner (checked in
     * Kibana's order: type first).
     */
    public void replaceContent(AttachmentContent next, String requestedOwner, User by, Instant now) {
        if (next.type() != content.type()) {
            throw CasesException.invalid("You cannot change the type of the comment.");
        }
        if (!owner.wire().equals(requestedOwner)) {
            throw CasesException.invalid("You cannot change the owner of the comment.");
        }
        content = next;
        updatedAt = now;
        updatedBy = by;
    }

    public AttachmentType type() {
        return content.type();
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getSpace() { return space; }
    public Owner getOwner() { return owner; }
    public AttachmentContent getContent() { return content; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public User getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public User getUpdatedBy() { return updatedBy; }
    public Instant getPushedAt() { return pushedAt; }
    public User getPushedBy() { return pushedBy; }

    public void setVersion(long version) { this.version = version; }

    /** Restores the persisted update and push stamps (store use only). */
    public void restoreStamps(Instant updatedAt, User updatedBy, Instant pushedAt, User pushedBy) {
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.pushedAt = pushedAt;
        this.pushedBy = pushedBy;
    }
}
