package io.casebook.adapter.out.jdbc;

import io.casebook.application.TextSearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ids of the cases one search term matches, as a sub-select over {@code case_words} (whole words of the
 * title and description), the case number and the case id. User input only becomes bound parameters, named
 * after the term ({@code :q0w1}, ...).
 */
final class TermMatch {

    private final TextSearch search;
    private final TextSearch.Term term;
    private final String name;
    private final Map<String, Object> params;

    TermMatch(TextSearch search, TextSearch.Term term, String name, Map<String, Object> params) {
        this.search = search;
        this.term = term;
        this.name = name;
        this.params = params;
    }

    /** The sub-select of matching case ids, or null when nothing can match this term in the searched fields. */
    String caseIds() {
        List<String> selects = new ArrayList<>();
        String words = words();
        if (words != null) {
            selects.add(words);
        }
        Long number = TextSearch.caseNumber(term.text());
        if (search.searches(TextSearch.Field.INCREMENTAL_ID) && number != null) {
            params.put(name + "n", number);
            selects.add("SELECT n.id FROM cases n WHERE n.space_id = :space AND n.incremental_id = :" + name + "n");
        }
        if (TextSearch.isCaseId(term.text())) {
            // Kibana also matches a case id searched for verbatim (constructSearch's rootSearchFields _id).
            params.put(name + "id", term.text());
            selects.add("SELECT k.id FROM cases k WHERE k.id = :" + name + "id");
        }
        return selects.isEmpty() ? null : String.join(" UNION ALL ", selects);
    }

    /** Cases with the term's words in one searched field; null when no text field is searched or no word is left. */
    private String words() {
        List<CaseWordRows.Field> fields = CaseWordRows.Field.searchedBy(search);
        if (fields.isEmpty()) {
            return null;
        }
        String inFields = "w.field IN (" + fields.stream().map(f -> String.valueOf(f.code()))
                .collect(Collectors.joining(", ")) + ")";
        if (term.prefix()) {
            // simple_query_string does not analyse a prefix: the lower-cased text is the start of a stored word.
            params.put(name + "p", CaseConditions.escapeLike(term.text()) + "%");
            return "SELECT w.case_id FROM case_words w WHERE w.word LIKE :" + name + "p ESCAPE '"
                    + CaseConditions.ESCAPE + "' AND " + inFields;
        }
        List<String> tokens = List.copyOf(SearchWords.of(term.text()));
        if (tokens.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String token : tokens) {
            String param = name + "w" + names.size();
            params.put(param, token);
            names.add(":" + param);
        }
        String select = "SELECT w.case_id FROM case_words w WHERE w.word IN (" + String.join(", ", names) + ") AND "
                + inFields;
        // A term the analyser splits ("disk-full") combines its words with the default operator, as Elasticsearch's
        // simple_query_string does; a phrase needs them all, in one field.
        if (tokens.size() == 1 || !term.phrase() && search.operator() == TextSearch.Operator.OR) {
            return select;
        }
        String all = select + " GROUP BY w.case_id, w.field HAVING COUNT(*) = " + tokens.size();
        return term.phrase() ? inOrder(all, fields, tokens) : all;
    }

    /**
     * Keeps the cases whose field has the phrase's words in order. Elasticsearch wants them adjacent; a LIKE over
     * the text, run only on the few cases that have every word, is the portable approximation.
     */
    private String inOrder(String casesWithAllWords, List<CaseWordRows.Field> fields, List<String> tokens) {
        params.put(name + "ph", "%" + tokens.stream().map(CaseConditions::escapeLike)
                .collect(Collectors.joining("%")) + "%");
        String like = fields.stream().map(f -> "LOWER(p." + f.column() + ") LIKE :" + name + "ph ESCAPE '"
                + CaseConditions.ESCAPE + "'").collect(Collectors.joining(" OR "));
        return "SELECT p.id FROM cases p WHERE p.id IN (" + casesWithAllWords + ") AND (" + like + ")";
    }
}
