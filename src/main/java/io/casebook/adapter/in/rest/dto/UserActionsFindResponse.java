package io.casebook.adapter.in.rest.dto;

import java.util.List;

/** Answer of {@code user_actions/_find}: {@code {userActions, page, perPage, total}}. */
public record UserActionsFindResponse(List<UserActionResponse> userActions, int page, int perPage, long total) {
}
