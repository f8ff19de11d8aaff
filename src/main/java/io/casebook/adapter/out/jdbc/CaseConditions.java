package io.casebook.adapter.out.jdbc;

import io.casebook.application.CaseFilter;
import io.casebook.application.TextSearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the WHERE clause of a case-list query over {@code cases c}. User input only ever becomes a bound
 * parameter: the SQL text is made of fixed fragments and generated parameter names ({@code :tag0}, ...).
 */
final class CaseConditions {

    /** LIKE's escape character; '!' avoids the backslash-quoting differences between databases. */
    private static final char ESCAPE = '!';

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    CaseConditions(String space) {
        clauses.add("c.space_id = :space");
        params.put("space", space);
    }

    CaseConditions owners(Collection<String> owners) {
        return in("c.owner", "owner", owners, v -> v);
    }

    CaseConditions filter(CaseFilter f) {
        owners(f.owners());
        in("c.status", "status", f.statuses(), StoredCodes::status);
        in("c.severity", "severity", f.severities(), StoredCodes::severity);
        in("c.category", "category", f.categories(), v -> v);
        in("c.created_by_username", "reporter", f.reporters(), v -> v);
        if (!f.tags().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag IN ("
                    + names("tag", f.tags(), v -> v) + "))");
        }
        if (!f.assignees().isEmpty()) {
            List<String> anyOf = new ArrayList<>();
            if (!f.assigneeUids().isEmpty()) {
                anyOf.add("EXISTS (SELECT 1 FROM case_assignees a WHERE a.case_id = c.id AND a.uid IN ("
                        + names("assignee", f.assigneeUids(), v -> v) + "))");
            }
            if (f.includesUnassigned()) {
                anyOf.add("NOT EXISTS (SELECT 1 FROM case_assignees a WHERE a.case_id = c.id)");
            }
            clauses.add("(" + String.join(" OR ", anyOf) + ")");
        }
        if (f.from() != null) {
            clauses.add("c.created_at >= :created_from");
            params.put("created_from", JdbcCaseStore.ts(f.from()));
        }
        if (f.to() != null) {
            clauses.add("c.created_at <= :created_to");
            params.put("created_to", JdbcCaseStore.ts(f.to()));
        }
        return this;
    }

    /** Each term must be found in one of the searched fields; terms combine with the search's operator. */
    CaseConditions search(TextSearch search) {
        List<String> terms = search == null ? List.of() : search.terms();
        if (terms.isEmpty()) {
            return this;
        }
        List<String> perTerm = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            perTerm.add("(" + String.join(" OR ", termMatches(search, terms.get(i), i)) + ")");
        }
        String joiner = search.operator() == TextSearch.Operator.AND ? " AND " : " OR ";
        clauses.add("(" + String.join(joiner, perTerm) + ")");
        return this;
    }

    private List<String> termMatches(TextSearch search, String term, int i) {
        List<String> matches = new ArrayList<>();
        String like = "q" + i;
        params.put(like, "%" + escapeLike(term) + "%");
        if (search.searches(TextSearch.Field.TITLE)) {
            matches.add("LOWER(c.title) LIKE :" + like + " ESCAPE '" + ESCAPE + "'");
        }
        if (search.searches(TextSearch.Field.DESCRIPTION)) {
            matches.add("LOWER(c.description) LIKE :" + like + " ESCAPE '" + ESCAPE + "'");
        }
        Long number = TextSearch.caseNumber(term);
        if (search.searches(TextSearch.Field.INCREMENTAL_ID) && number != null) {
            matches.add("c.incremental_id = :n" + i);
            params.put("n" + i, number);
        }
        if (TextSearch.isCaseId(term)) {
            // Kibana also matches a case id searched for verbatim (constructSearch's rootSearchFields _id).
            matches.add("c.id = :id" + i);
            params.put("id" + i, term);
        }
        if (matches.isEmpty()) {
            matches.add("1 = 0");
        }
        return matches;
    }

    String where() {
        return String.join(" AND ", clauses);
    }

    Map<String, Object> params() {
        return params;
    }

    private <T> CaseConditions in(String column, String prefix, Collection<T> values, Function<T, Object> toDb) {
        if (!values.isEmpty()) {
            clauses.add(column + " IN (" + names(prefix, values, toDb) + ")");
        }
        return this;
    }

    /** Binds each value under a generated name and returns the comma-separated placeholders. */
    private <T> String names(String prefix, Collection<T> values, Function<T, Object> toDb) {
        List<String> names = new ArrayList<>();
        for (T value : values) {
            String name = prefix + names.size();
            params.put(name, toDb.apply(value));
            names.add(":" + name);
        }
        return String.join(", ", names);
    }

    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == ESCAPE || ch == '%' || ch == '_') {
                out.append(ESCAPE);
            }
            out.append(ch);
        }
        return out.toString();
    }
}
