package io.casebook.application;

import io.casebook.domain.Case;
import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.User;
import io.casebook.domain.UserAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a {@link CasePatch} to a case, field by field, and builds the user actions Kibana's
 * {@code UserActionPersister.buildUserActions} records for what really changed: one {@code update} per field,
 * {@code add}/{@code delete} with the added/removed items for tags and assignees, one {@code update} per
 * changed custom field, and only the changed keys of {@code settings}.
 */
final class CaseChanges {

    private final Case target;
    private final User by;
    private final Instant now;
    private final long expectedVersion;
    private final List<UserAction> actions = new ArrayList<>();
    private boolean changed;

    private CaseChanges(Case target, User by, Instant now, long expectedVersion) {
        this.target = target;
        this.by = by;
        this.now = now;
        this.expectedVersion = expectedVersion;
    }

    /** Applies the patch; {@code customFields} are the patch's values already checked by the policy (or null). */
    static CaseChanges apply(Case c, CasePatch p, List<CustomFieldValue> customFields, User by, Instant now) {
        CaseChanges changes = new CaseChanges(c, by, now, p.version());
        if (p.title() != null) {
            changes.sent("title", p.title(), c.getTitle(), c::setTitle);
        }
        if (p.description() != null) {
            changes.sent("description", p.description(), c.getDescription(), c::setDescription);
        }
        changes.tags(p.tags());
        if (p.status() != null && p.status() != c.getStatus()) {
            // changeStatus sets or clears closed_at/closed_by, in_progress_at and the timing metrics.
            c.changeStatus(p.status(), by, now);
            changes.record("status", "update", payload("status", p.status().wire()));
        }
        if (p.severity() != null && p.severity() != c.getSeverity()) {
            c.setSeverity(p.severity());
            changes.record("severity", "update", payload("severity", p.severity().wire()));
        }
        changes.assignees(p.assignees());
        Optional<String> category = p.category();
        if (category != null) {
            changes.sent("category", category.orElse(null), c.getCategory(), c::setCategory);
        }
        if (p.connector() != null && !p.connector().equals(c.getConnector())) {
            c.setConnector(p.connector());
            changes.record("connector", "update", payload("connector", UserActionPayloads.connector(p.connector())));
        }
        if (p.settings() != null && !p.settings().equals(c.getSettings())) {
            c.setSettings(p.settings());
            changes.record("settings", "update", payload("settings", Map.of("syncAlerts", p.settings().syncAlerts())));
        }
        changes.customFields(customFields);
        if (changes.changed) {
            c.touch(by, now);
        }
        return changes;
    }

    boolean changed() {
        return changed;
    }

    Case theCase() {
        return target;
    }

    /** The version the patch was made against; the write must still find it stored. */
    long expectedVersion() {
        return expectedVersion;
    }

    List<UserAction> actions() {
        return List.copyOf(actions);
    }

    /** A field the patch sent: recorded only when it differs from the stored value. */
    private void sent(String field, String value, String current, Consumer<String> setter) {
        if (Objects.equals(value, current)) {
            return;
        }
        setter.accept(value);
        record(field, "update", payload(field, value));
    }

    private void tags(List<String> tags) {
        if (tags == null) {
            return;
        }
        ListDiff<String> diff = ListDiff.between(target.getTags(), tags);
        if (!diff.isEmpty()) {
            target.setTags(tags);
            addDelete("tags", diff, values -> values);
        }
    }

    private void assignees(List<String> uids) {
        if (uids == null) {
            return;
        }
        ListDiff<String> diff = ListDiff.between(target.getAssignees(), uids);
        if (!diff.isEmpty()) {
            target.setAssignees(uids);
            addDelete("assignees", diff, UserActionPayloads::assignees);
        }
    }

    /** One action per value that is new; a new key with a null value is not worth one (Kibana skips it too). */
    private void customFields(List<CustomFieldValue> values) {
        if (values == null) {
            return;
        }
        ListDiff<CustomFieldValue> diff = ListDiff.between(target.getCustomFields(), values);
        if (diff.isEmpty()) {
            return;
        }
        Set<String> knownKeys = target.getCustomFields().stream().map(CustomFieldValue::key)
                .collect(Collectors.toSet());
        target.setCustomFields(values);
        changed = true;
        diff.added().stream().filter(v -> v.value() != null || knownKeys.contains(v.key())).forEach(v ->
                record("customFields", "update", payload("customFields", UserActionPayloads.customFields(List.of(v)))));
    }

    private <T> void addDelete(String type, ListDiff<String> diff, Function<List<String>, T> toPayload) {
        if (!diff.added().isEmpty()) {
            record(type, "add", payload(type, toPayload.apply(diff.added())));
        }
        if (!diff.deleted().isEmpty()) {
            record(type, "delete", payload(type, toPayload.apply(diff.deleted())));
        }
    }

    private void record(String type, String action, Map<String, Object> payload) {
        changed = true;
        actions.add(UserActionLog.action(target, type, action, payload, null, by, now));
    }

    /** A one-key payload; the value may be null ({@code {"category": null}}). */
    private static Map<String, Object> payload(String key, Object value) {
        Map<String, Object> p = new HashMap<>();
        p.put(key, value);
        return Collections.unmodifiableMap(p);
    }
}
