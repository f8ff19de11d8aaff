package io.casebook.application.port;

import java.util.List;

/** One page of a case's user actions and how many match the filter in all. */
public record UserActionPage(List<LoggedUserAction> items, long total) {

    public UserActionPage {
        items = List.copyOf(items);
    }
}
