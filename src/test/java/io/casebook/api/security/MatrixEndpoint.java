package io.casebook.api.security;

/**
 * An endpoint of the authorization matrix: its name, whether the table lets a user with {@code grants} call it
 * (on a case of {@code owner}, or null when it is not about one case), and how a cell calls it and checks both
 * the answer and the state behind it.
 */
record MatrixEndpoint(String name, Rule rule, Probe probe) {

    /** Whether the table's grants allow the call; only asked for a space the caller can see. */
    @FunctionalInterface
    interface Rule {
        boolean allows(MatrixTable.Grants grants, String owner);
    }

    /** Sends the real request for one cell and asserts its answer and what it changed (or did not). */
    @FunctionalInterface
    interface Probe {
        void run(MatrixCell cell);
    }
}
