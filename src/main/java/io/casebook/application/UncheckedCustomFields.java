package io.casebook.application;

import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.Owner;

import java.util.List;

/** Placeholder policy until configure-backed validation is wired: passes values through unchanged. */
public final class UncheckedCustomFields implements CustomFieldPolicy {

    @Override
    public List<CustomFieldValue> forNewCase(String space, Owner owner, List<CustomFieldValue> values) {
        return values;
    }

    @Override
    public List<CustomFieldValue> forUpdate(String space, Owner owner, List<CustomFieldValue> values) {
        return values;
    }
}
