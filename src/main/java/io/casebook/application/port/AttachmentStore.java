package io.casebook.application.port;

import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of attachments. Calls made inside {@link Transactions#inTransaction} share its transaction. */
public interface AttachmentStore {

    /**
     * Locks the case's row until the transaction ends, so changes to one case's attachments (and the limits
     * counted over them) queue up instead of racing; also across instances sharing a database.
     *
     * @return false when the space has no such case
     */
    boolean lockCase(String space, String caseId);

    void insert(Attachment attachment);

    Optional<Attachment> find(String space, String id);

    /** Every attachment of the case, oldest first. */
    List<Attachment> findByCase(String space, String caseId);

    /** One page of the case's attachments of one type, by creation time. */
    List<Attachment> findByCase(String space, String caseId, AttachmentType type, int offset, int limit,
                                boolean ascending);

    long count(String space, String caseId, AttachmentType type);

    /**
     * Writes the attachment if its stored version is still {@code expectedVersion}, bumping the version.
     *
     * @return false when another writer got there first (the caller answers 409)
     */
    boolean update(Attachment attachment, long expectedVersion);

    /** Stamps {@code pushed_at/by} on the case's attachments not pushed before (Kibana's step 6 of a push). */
    void markPushed(String space, String caseId, java.time.Instant at, io.casebook.domain.User by);

    /**
     * The stored alerts the case's alert attachments brought, in the order they were attached (an alert
     * attached by an id Casebook never received has no row and is left out, as Kibana skips missing documents).
     */
    List<io.casebook.application.ingest.StoredAlert> attachedAlerts(String caseId);

    /** Deletes the attachments; the alerts they attached leave their case with them. */
    void delete(Collection<String> ids);
}
