package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Kibana's user object: {@code {username, full_name, email, profile_uid?}}. */
public record UserDto(String username, @JsonProperty("full_name") String fullName, String email,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("profile_uid") String profileUid) {
}
