package io.casebook.application;

import io.casebook.domain.CaseLimits;
import io.casebook.domain.CaseSettings;
import io.casebook.domain.CasesException;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.FieldRules;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;

import java.util.LinkedHashSet;
import java.util.List;

/** The create-case command; validates Kibana's field rules in its constructor. */
public record NewCase(String title, String description, List<String> tags, ConnectorRef connector,
                      CaseSettings settings, Owner owner, Severity severity, List<String> assignees,
                      String category, List<CustomFieldValue> customFields) {

    public NewCase {
        FieldRules.requireText("title", title, CaseLimits.MAX_TITLE_LENGTH);
        FieldRules.requireText("description", description, CaseLimits.MAX_DESCRIPTION_LENGTH);
        tags = FieldRules.requireTags(tags);
        if (connector == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"connector\"");
        }
        if (settings == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"settings\"");
        }
        if (owner == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"owner\"");
        }
        severity = severity == null ? Severity.LOW : severity;
        assignees = normaliseAssignees(assignees);
        if (category != null) {
            FieldRules.requireText("category", category, CaseLimits.MAX_CATEGORY_LENGTH);
            category = category.trim();
        }
        customFields = customFields == null ? List.of() : List.copyOf(FieldRules.requireMaxItems("customFields",
                customFields, CaseLimits.MAX_CUSTOM_FIELDS_PER_CASE));
        title = title.trim();
        description = description.trim();
    }

    /** Kibana removes duplicate assignees and refuses more than ten. */
    static List<String> normaliseAssignees(List<String> assignees) {
        if (assignees == null) {
            return List.of();
        }
        List<String> unique = List.copyOf(new LinkedHashSet<>(assignees));
        if (unique.size() > CaseLimits.MAX_ASSIGNEES_PER_CASE) {
            throw CasesException.invalid("You cannot assign more than " + CaseLimits.MAX_ASSIGNEES_PER_CASE
                    + " assignees to a case");
        }
        return unique;
    }
}
