package io.casebook.domain.rules;

import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldValue;

import java.util.List;

/**
 * What a case opened by a rule looks like. Title, description and tags are templates over the first
 * alert's fields (rendered by a templating library; a missing value renders as empty).
 */
public record CaseTemplate(String title, String description, List<String> tags, SeverityPolicy severity,
                           List<String> assignees, String category, List<CustomFieldValue> customFields,
                           ConnectorRef connector, boolean syncAlerts) {

    public CaseTemplate {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a case template needs a title");
        }
        description = description == null || description.isBlank() ? title : description;
        tags = tags == null ? List.of() : List.copyOf(tags);
        severity = severity == null ? SeverityPolicy.FROM_ALERT : severity;
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
        connector = connector == null ? ConnectorRef.NONE : connector;
    }
}
