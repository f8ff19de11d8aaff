package io.casebook.application.port;

import io.casebook.domain.UserAction;

/** A stored user action with its position in the log; the position doubles as its (never changing) version. */
public record LoggedUserAction(UserAction action, long seq) {
}
