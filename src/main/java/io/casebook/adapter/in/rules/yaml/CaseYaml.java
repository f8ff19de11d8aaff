package io.casebook.adapter.in.rules.yaml;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.rules.CaseTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The {@code case:} block of a rule: what its cases look like. Every key is optional; what is left out comes
 * from {@link AutoCaseText} (Kibana's auto-created title, description and tags) or the owner's defaults.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CaseYaml(TemplateText title, TemplateText description, List<TemplateText> tags, SeverityYaml severity,
                       List<String> assignees, String category, List<CustomFieldYaml> customFields,
                       ConnectorYaml connector, Boolean syncAlerts) {

    public static final CaseYaml DEFAULTS = new CaseYaml(null, null, null, null, null, null, null, null, null);

    public CaseYaml {
        atMost("tags", tags, CaseLimits.MAX_TAGS_PER_CASE);
        atMost("assignees", assignees, CaseLimits.MAX_ASSIGNEES_PER_CASE);
        atMost("custom_fields", customFields, CaseLimits.MAX_CUSTOM_FIELDS_PER_CASE);
        if (assignees != null && assignees.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new IllegalArgumentException("an assignee must be a user profile uid, not empty");
        }
        if (category != null && (category.isBlank() || category.length() > CaseLimits.MAX_CATEGORY_LENGTH)) {
            throw new IllegalArgumentException("category must be 1 to " + CaseLimits.MAX_CATEGORY_LENGTH
                    + " characters");
        }
        if (customFields != null && customFields.stream().map(CustomFieldYaml::key).distinct().count()
                != customFields.size()) {
            throw new IllegalArgumentException("custom_fields names a key twice");
        }
        if (assignees != null && new HashSet<>(assignees).size() != assignees.size()) {
            throw new IllegalArgumentException("assignees names a user twice");
        }
    }

    public CaseTemplate toTemplate(AutoCaseText auto, boolean syncAlertsByDefault) {
        return new CaseTemplate(
                title != null ? title.text() : auto.title(),
                description != null ? description.text() : auto.description(),
                tags != null ? tags.stream().map(TemplateText::text).toList() : auto.tags(),
                severity == null ? null : severity.toPolicy(),
                assignees, category,
                customFields == null ? null : customFields.stream().map(CustomFieldYaml::toValue).toList(),
                connector == null ? null : connector.toRef(),
                syncAlerts != null ? syncAlerts : syncAlertsByDefault);
    }

    private static void atMost(String key, List<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new IllegalArgumentException(key + " holds " + values.size() + " entries; at most " + max);
        }
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(key + " holds an empty entry");
        }
    }
}
