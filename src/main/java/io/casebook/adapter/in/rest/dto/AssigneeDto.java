package io.casebook.adapter.in.rest.dto;

/** An assignee: a user-profile uid. */
public record AssigneeDto(String uid) {
}
