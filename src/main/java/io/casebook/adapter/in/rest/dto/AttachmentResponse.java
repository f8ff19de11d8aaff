package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * An attachment as Kibana's API returns it: {@code {id, version, ...attributes}}. Only the fields of its type
 * appear ({@code comment} for user comments; {@code alertId}, {@code index}, {@code rule} for alerts).
 */
public record AttachmentResponse(
        String id,
        String version,
        String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) String comment,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> alertId,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> index,
        @JsonInclude(JsonInclude.Include.NON_NULL) AlertRuleDto rule,
        String owner,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") UserDto createdBy,
        @JsonProperty("pushed_at") String pushedAt,
        @JsonProperty("pushed_by") UserDto pushedBy,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("updated_by") UserDto updatedBy) {
}
