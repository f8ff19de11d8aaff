package io.casebook.connectors.jira;

import java.util.ArrayList;
import java.util.List;

/** Kibana's Jira field rules: one-line summaries, labels without whitespace, and the case's own label. */
final class JiraFields {

    /** The label every issue created for a case carries, so a retried create can find it. */
    static String caseLabel(String caseId) {
        return "casebook-" + caseId;
    }

    private JiraFields() {
    }

    /** Jira refuses newlines in a summary; Kibana joins the lines with ", ". */
    static String summary(String title) {
        return title == null ? null : title.replaceAll("\\r?\\n", ", ");
    }

    /** Jira labels cannot hold whitespace; Kibana replaces it with "-". */
    static List<String> labels(List<String> tags, String caseId) {
        List<String> labels = new ArrayList<>();
        tags.forEach(t -> labels.add(t.trim().replaceAll("\\s+", "-")));
        labels.add(caseLabel(caseId));
        return labels;
    }
}
