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
    static final char ESCAPE = '!';

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
            // IN (sub-select), not a correlated EXISTS: H2 then reads the few tagged ids from the tag index and
            // looks the cases up by id, where EXISTS made it probe the tags of every case of the space.
            clauses.add("c.id IN (SELECT t.case_id FROM case_tags t WHERE t.tag IN ("
                    + names("tag", f.tags(), v -> v) + "))");
        }
        if (!f.assignees().isEmpty()) {
            List<String> anyOf = new ArrayList<>();
            if (!f.assigneeUids().isEmpty()) {
                anyOf.add("c.id IN (SELECT a.case_id FROM case_assignees a WHERE a.uid IN ("
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

    /**
     * Each term must match a searched field; terms combine with the search's operator. Every term becomes a
     * sub-select of matching case ids (the word index, the case number, the case id), so the database starts
     * from the few cases that have the words instead of reading every case's text.
     */
    CaseConditions search(TextSearch search) {
        List<TextSearch.Term> terms = search == null ? List.of() : search.terms();
        if (terms.isEmpty()) {
            return this;
        }
        List<String> matching = new ArrayList<>();
        boolean and = search.operator() == TextSearch.Operator.AND;
        for (int i = 0; i < terms.size(); i++) {
            TextSearch.Term term = terms.get(i);
            if (!term.prefix() && SearchWords.of(term.text()).isEmpty()) {
                continue; // Elasticsearch drops a term its analyser turns into no word at all ("...", "!!!").
            }
            String ids = new TermMatch(search, term, "q" + i, params).caseIds();
            if (ids != null) {
                matching.add(ids);
            } else if (and) {
                clauses.add("1 = 0"); // a term no searched field can hold: nothing has every term
                return this;
            }
        }
        if (matching.isEmpty()) {
            clauses.add("1 = 0");
        } else if (and) {
            matching.forEach(ids -> clauses.add("c.id IN (" + ids + ")"));
        } else {
            clauses.add("c.id IN (" + String.join(" UNION ALL ", matching) + ")");
        }
        return this;
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
