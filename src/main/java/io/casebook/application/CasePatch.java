package io.casebook.application;

import io.casebook.domain.CaseLimits;
import io.casebook.domain.CaseSettings;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.CasesException;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.FieldRules;
import io.casebook.domain.Severity;

import java.util.List;
import java.util.Optional;

/**
 * One case of a {@code PATCH /api/cases}: a null field is left as it is. Validates Kibana's field rules (the
 * create rules) in its constructor. {@code category} has three states, as on the wire: null = not sent,
 * empty = {@code "category": null} (clear it), present = set it. {@code owner} is kept only so the use case can
 * refuse a change of owner with Kibana's message.
 */
public record CasePatch(String id, Long version, String title, String description, List<String> tags,
                        CaseStatus status, Severity severity, List<String> assignees, Optional<String> category,
                        ConnectorRef connector, CaseSettings settings, List<CustomFieldValue> customFields,
                        String owner) {

    /** The version of a token the API cannot read: no case has it, so the patch ends in a 409 like a stale one. */
    public static final long UNKNOWN_VERSION = -1;

    public CasePatch {
        if (id == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"cases.id\"");
        }
        if (version == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"cases.version\"");
        }
        if (title != null) {
            title = FieldRules.requireText("title", title, CaseLimits.MAX_TITLE_LENGTH).trim();
        }
        if (description != null) {
            description = FieldRules.requireText("description", description, CaseLimits.MAX_DESCRIPTION_LENGTH).trim();
        }
        if (tags != null) {
            tags = FieldRules.requireTags(tags);
        }
        if (assignees != null) {
            assignees = NewCase.normaliseAssignees(assignees);
        }
        if (category != null && category.isPresent()) {
            category = Optional.of(FieldRules.requireText("category", category.get(),
                    CaseLimits.MAX_CATEGORY_LENGTH).trim());
        }
        if (customFields != null) {
            customFields = List.copyOf(FieldRules.requireMaxItems("customFields", customFields,
                    CaseLimits.MAX_CUSTOM_FIELDS_PER_CASE));
        }
    }
}
