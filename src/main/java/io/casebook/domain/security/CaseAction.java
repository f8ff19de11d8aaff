package io.casebook.domain.security;

import io.casebook.domain.Owner;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Cases API operations Kibana authorizes, each with the operation it needs and the words of Kibana's refusal
 * ({@code Unauthorized to <verb> <docType> with owners: "<owners>"}, from its cases authorization module; several
 * operations share a verb, so reopening and assigning refuse as "update case" like in Kibana).
 */
public enum CaseAction {
    GET_CASE(CaseOperation.READ, "access", "case"),
    FIND_CASES(CaseOperation.READ, "access", "cases"),
    GET_TAGS(CaseOperation.READ, "access", "case"),
    GET_REPORTERS(CaseOperation.READ, "access", "case"),
    GET_STATUSES(CaseOperation.READ, "access", "cases"),
    GET_CATEGORIES(CaseOperation.READ, "access", "cases"),
    GET_CASES_BY_ALERT(CaseOperation.READ, "access", "cases"),
    CREATE_CASE(CaseOperation.CREATE, "create", "case"),
    UPDATE_CASE(CaseOperation.UPDATE, "update", "case"),
    REOPEN_CASE(CaseOperation.REOPEN, "update", "case"),
    ASSIGN_CASE(CaseOperation.ASSIGN, "update", "case"),
    PUSH_CASE(CaseOperation.PUSH, "push", "case"),
    DELETE_CASE(CaseOperation.DELETE, "delete", "case"),
    GET_COMMENTS(CaseOperation.READ, "access", "comments"),
    CREATE_COMMENT(CaseOperation.CREATE_COMMENT, "create", "comments"),
    UPDATE_COMMENT(CaseOperation.UPDATE, "update", "comments"),
    DELETE_COMMENT(CaseOperation.DELETE, "delete", "comments"),
    GET_USER_ACTIONS(CaseOperation.READ, "access", "user actions"),
    FIND_CONFIGURATIONS(CaseOperation.READ, "access", "case configurations"),
    CREATE_CONFIGURATION(CaseOperation.SETTINGS, "create", "case configuration"),
    UPDATE_CONFIGURATION(CaseOperation.SETTINGS, "update", "case configuration");

    private final CaseOperation operation;
    private final String verb;
    private final String docType;

    CaseAction(CaseOperation operation, String verb, String docType) {
        this.operation = operation;
        this.verb = verb;
        this.docType = docType;
    }

    public CaseOperation operation() {
        return operation;
    }

    /** Kibana's refusal: the distinct owners in order, or "of any owner" when the caller may touch none. */
    public String failure(Collection<Owner> owners) {
        Set<String> names = owners.stream().map(Owner::wire).collect(Collectors.toCollection(LinkedHashSet::new));
        String which = names.isEmpty() ? "of any owner" : "with owners: \"" + String.join(", ", names) + "\"";
        return "Unauthorized to " + verb + " " + docType + " " + which;
    }
}
