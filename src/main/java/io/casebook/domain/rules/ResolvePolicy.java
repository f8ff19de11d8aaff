package io.casebook.domain.rules;

/**
 * What a resolved alert does to its case beyond updating the alert's status: add a comment, and/or close
 * the case once every alert in it is resolved (a firing alert within the window reopens it).
 */
public record ResolvePolicy(boolean comment, boolean closeWhenAllResolved) {

    public static final ResolvePolicy DEFAULT = new ResolvePolicy(false, false);
}
