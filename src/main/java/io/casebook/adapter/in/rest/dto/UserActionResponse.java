package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** One user action as {@code user_actions/_find} returns it. */
public record UserActionResponse(
        String id,
        String version,
        String action,
        String type,
        Map<String, Object> payload,
        @JsonProperty("comment_id") String commentId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") UserDto createdBy,
        String owner) {
}
