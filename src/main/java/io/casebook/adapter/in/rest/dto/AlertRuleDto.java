package io.casebook.adapter.in.rest.dto;

/** The rule of an alert attachment: {@code {id, name}}, each a string or null. */
public record AlertRuleDto(String id, String name) {
}
