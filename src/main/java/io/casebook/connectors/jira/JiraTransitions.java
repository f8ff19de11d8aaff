package io.casebook.connectors.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.PushFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves an issue to a status through Jira's workflow: a status cannot be set as a field, only reached by one
 * of the transitions the workflow offers from where it stands (REST v2 {@code issue/{id}/transitions}).
 */
final class JiraTransitions {

    private final JiraClient jira;

    JiraTransitions(JiraClient jira) {
        this.jira = jira;
    }

    /**
     * Transitions issue {@code id} to {@code target} unless it is already there (names compare ignoring case,
     * as Jira's own JQL does).
     *
     * @param current the status name as last read, null when unknown
     * @throws PushFailedException when no transition available from the current status leads to {@code target}
     */
    void moveTo(String id, String key, String current, String target) {
        if (target.equalsIgnoreCase(current)) {
            return;
        }
        JsonNode available = jira.get("/rest/api/2/issue/" + id + "/transitions").path("transitions");
        String transition = find(available, target).orElseThrow(() -> new PushFailedException(
                "[Action][Jira]: Unable to push to Jira. Error: issue " + key + " has no transition to status \""
                        + target + "\" from \"" + current + "\"; available: " + describe(available)));
        jira.post("/rest/api/2/issue/" + id + "/transitions", Map.of("transition", Map.of("id", transition)));
    }

    /** The transition leading to the target status, else one named as the target (a workflow's "Done"). */
    private static Optional<String> find(JsonNode transitions, String target) {
        for (JsonNode t : transitions) {
            if (target.equalsIgnoreCase(t.path("to").path("name").asText(null))) {
                return Optional.of(t.path("id").asText());
            }
        }
        for (JsonNode t : transitions) {
            if (target.equalsIgnoreCase(t.path("name").asText(null))) {
                return Optional.of(t.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** {@code Start Progress (to In Progress), Done (to Done)}, so the message says what to map instead. */
    private static String describe(JsonNode transitions) {
        List<String> names = new ArrayList<>();
        transitions.forEach(t -> names.add(t.path("name").asText() + " (to " + t.path("to").path("name").asText()
                + ")"));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
