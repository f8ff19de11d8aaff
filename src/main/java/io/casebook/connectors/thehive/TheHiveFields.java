package io.casebook.connectors.thehive;

import java.util.ArrayList;
import java.util.List;

/** Kibana's TheHive format ({@code cases/server/connectors/thehive/format.ts}): severity, tlp, the case tag. */
final class TheHiveFields {

    private TheHiveFields() {
    }

    /** The tag every case created for a Casebook case carries, so a retried create can find it. */
    static String caseTag(String caseId) {
        return "casebook:" + caseId;
    }

    /** The case's tags plus its own tag; TheHive tags are free text, so nothing is rewritten. */
    static List<String> tags(List<String> tags, String caseId) {
        List<String> all = new ArrayList<>(tags);
        all.add(caseTag(caseId));
        return all;
    }

    /** Kibana's mapSeverity: low 1, medium 2, high 3, critical 4, anything else medium. */
    static int severity(String severity) {
        return switch (severity == null ? "" : severity) {
            case "low" -> 1;
            case "medium" -> 2;
            case "high" -> 3;
            case "critical" -> 4;
            default -> 2;
        };
    }

    /** The case's {@code tlp} connector field as a number, null when unset or not a number. */
    static Integer tlp(String value) {
        if (value == null) {
            return null;
        }
        try {
            return (int) Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
