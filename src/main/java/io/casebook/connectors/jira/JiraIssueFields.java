package io.casebook.connectors.jira;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The {@code fields} object of Jira's create and edit issue calls; null fields are left out, as Kibana drops
 * them, so an update never blanks what the case does not set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"summary", "description", "labels", "project", "issuetype", "priority", "parent"})
record JiraIssueFields(String summary, String description, List<String> labels, KeyRef project, IdRef issuetype,
                       NameRef priority, KeyRef parent) {

    /** A reference by key, as Jira takes a project or a parent issue: {@code {"key": "OPS"}}. */
    record KeyRef(String key) {
    }

    /** A reference by id, as Jira takes an issue type: {@code {"id": "10001"}}. */
    record IdRef(String id) {
    }

    /** A reference by name, as Jira takes a priority: {@code {"name": "High"}}. */
    record NameRef(String name) {
    }
}
