package io.casebook.adapter.in.rest.dto;

/** Case settings: {@code {syncAlerts}}. */
public record SettingsDto(Boolean syncAlerts) {
}
