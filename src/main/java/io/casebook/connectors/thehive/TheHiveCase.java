package io.casebook.connectors.thehive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The body of TheHive v1's create and update case calls ({@code InputCase}, {@code InputUpdateCase}); null fields
 * are left out so TheHive keeps its own value (its default TLP, the status an analyst set).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "description", "tags", "severity", "tlp", "status", "summary", "impactStatus"})
record TheHiveCase(String title, String description, List<String> tags, int severity, Integer tlp, String status,
                   String summary, String impactStatus) {
}
