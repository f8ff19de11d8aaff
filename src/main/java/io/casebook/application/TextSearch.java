package io.casebook.application;

import io.casebook.domain.CasesException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case list's free-text search, approximating Elasticsearch's {@code simple_query_string} as Kibana uses
 * it: the text splits into terms ("quoted phrases" stay whole, a trailing {@code *} makes a prefix term), each
 * term matches whole words of a searched field (case-insensitive), and the terms combine with the default operator.
 */
public record TextSearch(String text, Set<Field> fields, Operator operator) {

    /** Kibana's {@code searchFields}. */
    public enum Field {
        TITLE("title"), DESCRIPTION("description"), INCREMENTAL_ID("incremental_id.text");

        private final String wire;

        Field(String wire) {
            this.wire = wire;
        }

        public static Field fromWire(String value) {
            return Arrays.stream(values()).filter(f -> f.wire.equals(value)).findFirst().orElseThrow(() ->
                    CasesException.invalid("Invalid value \"" + value + "\" supplied to \"searchFields\""));
        }
    }

    /** Kibana's {@code defaultSearchOperator}. */
    public enum Operator {
        OR, AND;

        public static Operator fromWire(String value) {
            return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst().orElseThrow(() ->
                    CasesException.invalid("Invalid value \"" + value + "\" supplied to \"defaultSearchOperator\""));
        }
    }

    /**
     * One term of the search text, lower-cased: a {@code phrase} was quoted (its words must follow each other), a
     * {@code prefix} term had a trailing {@code *} (it matches words starting with the text).
     */
    public record Term(String text, boolean phrase, boolean prefix) {
    }

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    /** Tokens made only of simple_query_string operators carry no text to look for. */
    private static final Pattern OPERATORS_ONLY = Pattern.compile("[+|\\-()~*]+");
    private static final Pattern CASE_NUMBER = Pattern.compile("#*(\\d{1,18})");

    public TextSearch {
        if (text == null) {
            throw new IllegalArgumentException("search text is required");
        }
        fields = fields == null || fields.isEmpty() ? EnumSet.allOf(Field.class) : Set.copyOf(fields);
        operator = operator == null ? Operator.OR : operator;
    }

    /** The terms to look for; empty when the text holds nothing searchable. */
    public List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            boolean phrase = m.group(1) != null;
            String term = phrase ? m.group(1).trim() : m.group(2);
            boolean prefix = false;
            if (!phrase) {
                if (OPERATORS_ONLY.matcher(term).matches()) {
                    continue;
                }
                prefix = term.endsWith("*");
                term = term.replaceAll("\\*+$", "");
            }
            if (!term.isEmpty()) {
                terms.add(new Term(term.toLowerCase(Locale.ROOT), phrase, prefix));
            }
        }
        return terms;
    }

    /** The case number a term names ({@code 12} or {@code #12}), or null: the UI shows numbers as #12. */
    public static Long caseNumber(String term) {
        Matcher m = CASE_NUMBER.matcher(term);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    /** Whether a term is a case id (a UUID): Kibana then also matches the case with that id. */
    public static boolean isCaseId(String term) {
        try {
            return UUID.fromString(term).toString().equals(term);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean searches(Field field) {
        return fields.contains(field);
    }
}
