package io.casebook.domain;

/** A user as Kibana records it on cases: created_by, updated_by, closed_by, pushed_by. */
public record User(String username, String fullName, String email, String profileUid) {

    public static User named(String username) {
        return new User(username, null, null, null);
    }

    /** The name Kibana shows in "Added by ..." suffixes: full name when known, else username. */
    public String displayName() {
        return fullName != null && !fullName.isBlank() ? fullName : username;
    }
}
