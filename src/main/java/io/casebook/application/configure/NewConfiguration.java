package io.casebook.application.configure;

import io.casebook.domain.CaseTemplate;
import io.casebook.domain.CasesException;
import io.casebook.domain.ClosureType;
import io.casebook.domain.ConfigurationRules;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldDefinition;
import io.casebook.domain.CustomFieldSchema;
import io.casebook.domain.Owner;
import io.casebook.domain.PushOnChange;

import java.util.List;

/**
 * The {@code POST /api/cases/configure} command. {@code customFields}/{@code templates} are null when not
 * sent: Kibana checks templates against the fields of the same request, and "no fields sent" is its own case.
 */
public record NewConfiguration(Owner owner, ClosureType closureType, ConnectorRef connector,
                               List<CustomFieldDefinition> customFields, List<CaseTemplate> templates,
                               PushOnChange pushOnChange) {

    public NewConfiguration {
        if (owner == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"owner\"");
        }
        if (closureType == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"closure_type\"");
        }
        if (connector == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"connector\"");
        }
        customFields = ConfigurationRules.customFields(customFields);
        templates = ConfigurationRules.templates(templates);
        if (templates != null) {
            ConfigurationRules.requireTemplatesMatch(templates, customFields == null
                    ? CustomFieldSchema.unconfigured() : CustomFieldSchema.of(customFields));
        }
    }
}
