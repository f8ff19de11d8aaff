package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The case's last push: {@code external_service}. */
public record ExternalServiceDto(@JsonProperty("connector_id") String connectorId,
                                 @JsonProperty("connector_name") String connectorName,
                                 @JsonProperty("external_id") String externalId,
                                 @JsonProperty("external_title") String externalTitle,
                                 @JsonProperty("external_url") String externalUrl,
                                 @JsonProperty("pushed_at") String pushedAt,
                                 @JsonProperty("pushed_by") UserDto pushedBy) {
}
