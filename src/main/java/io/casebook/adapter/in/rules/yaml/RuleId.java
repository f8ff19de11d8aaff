package io.casebook.adapter.in.rules.yaml;

import java.util.regex.Pattern;

/** A rule's id: part of every case identity it produces, so kept to {@code [a-z0-9_-]+}. */
public record RuleId(String value) {

    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9_-]+");

    public RuleId {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("rule id \"" + value + "\" must match [a-z0-9_-]+");
        }
    }
}
