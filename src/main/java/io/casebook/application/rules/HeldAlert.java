package io.casebook.application.rules;

/** A stored alert held by a case a rule opened, with that case's rule key (which names its series). */
public record HeldAlert(String caseId, String ruleKey, String alertId) {
}
