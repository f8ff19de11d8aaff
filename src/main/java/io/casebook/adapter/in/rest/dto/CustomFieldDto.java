package io.casebook.adapter.in.rest.dto;

/** A custom field value on a case: {@code {key, type, value}}. */
public record CustomFieldDto(String key, String type, Object value) {
}
