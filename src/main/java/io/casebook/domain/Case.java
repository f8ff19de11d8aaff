package io.casebook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case: the unit analysts work. Holds Kibana's case fields and the rules for changing them (status
 * transitions and the timing metrics they set and clear). Persistence and wire format live elsewhere.
 */
public final class Case {

    private final String id;
    private final String space;
    private final Owner owner;
    private final Instant createdAt;
    private final User createdBy;
    private long incrementalId;
    private long version;
    private String title;
    private String description;
    private List<String> tags;
    private Severity severity = Severity.LOW;
    private CaseStatus status = CaseStatus.OPEN;
    private List<String> assignees = List.of();
    private String category;
    private List<CustomFieldValue> customFields = List.of();
    private ConnectorRef connector = ConnectorRef.NONE;
    private CaseSettings settings;
    private Instant updatedAt;
    private User updatedBy;
    private Instant closedAt;
    private User closedBy;
    private Instant inProgressAt;
    private Long duration;
    private Long timeToAcknowledge;
    private Long timeToInvestigate;
    private Long timeToResolve;
    private ExternalService externalService;
    private int totalComment;
    private int totalAlerts;

    public Case(String id, String space, Owner owner, Instant createdAt, User createdBy) {
        this.id = id;
        this.space = space;
        this.owner = owner;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Moves the case to {@code next}, setting or clearing the timing fields as Kibana's
     * {@code getClosedInfoForUpdate}/{@code getTimingMetricsForUpdate} do.
     */
    public void changeStatus(CaseStatus next, User by, Instant now) {
        if (next == status) {
            return;
        }
        if (next == CaseStatus.IN_PROGRESS && inProgressAt == null) {
            inProgressAt = now;
        }
        if (next == CaseStatus.CLOSED) {
            closedAt = now;
            closedBy = by;
            duration = seconds(createdAt, now);
            timeToResolve = duration;
            timeToAcknowledge = inProgressAt != null ? seconds(createdAt, inProgressAt) : timeToResolve;
            timeToInvestigate = inProgressAt != null ? seconds(inProgressAt, now) : 0L;
        } else if (status == CaseStatus.CLOSED) {
            closedAt = null;
            closedBy = null;
            duration = null;
            timeToAcknowledge = null;
            timeToInvestigate = null;
            timeToResolve = null;
        }
        status = next;
    }

    /** Records who changed the case and when. */
    public void touch(User by, Instant now) {
        updatedAt = now;
        updatedBy = by;
    }

    private static long seconds(Instant from, Instant to) {
        long millis = Duration.between(from, to).toMillis();
        return millis > 0 ? millis / 1000 : 0;
    }

    public String getId() { return id; }
    public String getSpace() { return space; }
    public Owner getOwner() { return owner; }
    public Instant getCreatedAt() { return createdAt; }
    public User getCreatedBy() { return createdBy; }
    public long getIncrementalId() { return incrementalId; }
    public long getVersion() { return version; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public List<String> getTags() { return tags; }
    public Severity getSeverity() { return severity; }
    public CaseStatus getStatus() { return status; }
    public List<String> getAssignees() { return assignees; }
    public String getCategory() { return category; }
    public List<CustomFieldValue> getCustomFields() { return customFields; }
    public ConnectorRef getConnector() { return connector; }
    public CaseSettings getSettings() { return settings; }
    public Instant getUpdatedAt() { return updatedAt; }
    public User getUpdatedBy() { return updatedBy; }
    public Instant getClosedAt() { return closedAt; }
    public User getClosedBy() { return closedBy; }
    public Instant getInProgressAt() { return inProgressAt; }
    public Long getDuration() { return duration; }
    public Long getTimeToAcknowledge() { return timeToAcknowledge; }
    public Long getTimeToInvestigate() { return timeToInvestigate; }
    public Long getTimeToResolve() { return timeToResolve; }
    public ExternalService getExternalService() { return externalService; }
    public int getTotalComment() { return totalComment; }
    public int getTotalAlerts() { return totalAlerts; }

    public void setIncrementalId(long incrementalId) { this.incrementalId = incrementalId; }
    public void setVersion(long version) { this.version = version; }
    public void setTitle(String title) { this.title = title; }
    public void setDescription(String description) { this.description = description; }
    public void setTags(List<String> tags) { this.tags = List.copyOf(tags); }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public void setAssignees(List<String> assignees) { this.assignees = List.copyOf(assignees); }
    public void setCategory(String category) { this.category = category; }
    public void setCustomFields(List<CustomFieldValue> customFields) { this.customFields = List.copyOf(customFields); }
    public void setConnector(ConnectorRef connector) { this.connector = connector; }
    public void setSettings(CaseSettings settings) { this.settings = settings; }
    public void setExternalService(ExternalService externalService) { this.externalService = externalService; }
    public void setTotals(int totalComment, int totalAlerts) {
        this.totalComment = totalComment;
        this.totalAlerts = totalAlerts;
    }

    /** Restores persisted state that only status transitions may otherwise change (store use only). */
    public void restoreLifecycle(CaseStatus status, Instant updatedAt, User updatedBy, Instant closedAt, User closedBy,
                                 Instant inProgressAt, Long duration, Long tta, Long tti, Long ttr) {
        this.status = status;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.inProgressAt = inProgressAt;
        this.duration = duration;
        this.timeToAcknowledge = tta;
        this.timeToInvestigate = tti;
        this.timeToResolve = ttr;
    }
}
