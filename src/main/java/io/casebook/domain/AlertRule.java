package io.casebook.domain;

/** The rule that raised attached alerts, as Kibana records it: both parts may be null. */
public record AlertRule(String id, String name) {

    public static final AlertRule NONE = new AlertRule(null, null);
}
