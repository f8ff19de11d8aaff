package io.casebook.adapter.in.rules.yaml;

import java.util.regex.Pattern;

/** The Kibana space a rule's cases live in; the same syntax the API accepts in {@code /s/{space}}. */
public record SpaceId(String value) {

    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9_-]+");

    public SpaceId {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("space \"" + value + "\" must match [a-z0-9_-]+");
        }
    }
}
