package io.casebook.application.configure;

import io.casebook.application.CustomFieldPolicy;
import io.casebook.application.port.ConfigurationStore;
import io.casebook.domain.CaseConfiguration;
import io.casebook.domain.CustomFieldSchema;
import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.Owner;

import java.util.List;

/** {@link CustomFieldPolicy} backed by the owner's stored configuration in the case's space. */
public final class ConfiguredCustomFields implements CustomFieldPolicy {

    private final ConfigurationStore store;

    public ConfiguredCustomFields(ConfigurationStore store) {
        this.store = store;
    }

    @Override
    public List<CustomFieldValue> forNewCase(String space, Owner owner, List<CustomFieldValue> values) {
        return schema(space, owner).forNewCase(values);
    }

    @Override
    public List<CustomFieldValue> forRuleCase(String space, Owner owner, List<CustomFieldValue> values) {
        return schema(space, owner).forAutomaticCase(values);
    }

    @Override
    public List<CustomFieldValue> forUpdate(String space, Owner owner, List<CustomFieldValue> values) {
        return schema(space, owner).forUpdate(values);
    }

    private CustomFieldSchema schema(String space, Owner owner) {
        return store.findByOwner(space, owner).map(CaseConfiguration::customFieldSchema)
                .orElse(CustomFieldSchema.unconfigured());
    }
}
