package io.casebook.application.rules;

import io.casebook.application.RequestContext;
import io.casebook.domain.Case;
import io.casebook.domain.User;

/** The system user the rules act as: created_by of the cases they open, author of their comments and closes. */
public final class RulesUser {

    public static final User USER = new User("casebook-rules", "Casebook rules", null, null);

    private RulesUser() {
    }

    public static RequestContext in(String space) {
        return new RequestContext(space, USER);
    }

    /** Whether the rules closed the case (every alert resolved), rather than a person. */
    public static boolean closed(Case c) {
        return c.getClosedBy() != null && USER.username().equals(c.getClosedBy().username());
    }
}
