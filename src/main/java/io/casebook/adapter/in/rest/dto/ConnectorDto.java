package io.casebook.adapter.in.rest.dto;

import java.util.Map;

/** A case's connector: {@code {id, name, type, fields}}. */
public record ConnectorDto(String id, String name, String type, Map<String, Object> fields) {
}
