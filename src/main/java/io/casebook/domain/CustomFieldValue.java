package io.casebook.domain;

/** One custom field value on a case: {@code {key, type, value}}; value is a String, Boolean, Number or null. */
public record CustomFieldValue(String key, CustomFieldType type, Object value) {
}
