package io.casebook.adapter.in.rest.configure;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A configured custom field: {@code {key, label, type, required, defaultValue?}}. */
public record CustomFieldDefinitionDto(String key, String label, String type, Boolean required,
                                       @JsonInclude(JsonInclude.Include.NON_NULL) Object defaultValue) {
}
