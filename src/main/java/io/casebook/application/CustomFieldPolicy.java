package io.casebook.application;

import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.Owner;

import java.util.List;

/**
 * Checks custom field values against the owner's configuration in the space (Kibana's configure
 * {@code customFields}): unknown keys, wrong types, required fields; fills missing optional ones.
 */
public interface CustomFieldPolicy {

    /** Values for a new case, completed with every configured field (defaults, else null). */
    List<CustomFieldValue> forNewCase(String space, Owner owner, List<CustomFieldValue> values);

    /** Values for a case a rule opens: what does not fit the configuration is left out or filled, never refused. */
    List<CustomFieldValue> forRuleCase(String space, Owner owner, List<CustomFieldValue> values);

    /** Values sent in a PATCH; the result replaces the case's custom fields. */
    List<CustomFieldValue> forUpdate(String space, Owner owner, List<CustomFieldValue> values);
}
