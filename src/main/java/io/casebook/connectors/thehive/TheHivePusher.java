package io.casebook.connectors.thehive;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kibana's TheHive push (SC {@code thehive/thehive.ts}): create or PATCH the case, then one comment call per
 * comment. A create first queries for a case tagged {@code casebook:<caseId>} (TheHive's {@code sourceRef} is
 * for alerts only), so a create retried after TheHive already made the case reuses it.
 */
final class TheHivePusher implements ConnectorPusher {

    private final TheHiveClient hive;

    TheHivePusher(TheHiveClient hive) {
        this.hive = hive;
    }

    @Override
    public ExternalRecord push(PushRequest request) {
        String id = request.externalId();
        if (id == null) {
            id = findByCaseTag(request.caseId()).orElseGet(() -> create(request));
        } else {
            hive.patch("/api/v1/case/" + id, fields(request));
        }
        for (String comment : request.comments()) {
            hive.post("/api/v1/case/" + id + "/comment", Map.of("message", comment));
        }
        JsonNode read = hive.get("/api/v1/case/" + id);
        return new ExternalRecord(id, title(read, request), hive.url() + "/cases/" + id + "/details");
    }

    private String create(PushRequest request) {
        String id = hive.post("/api/v1/case", fields(request)).path("_id").asText("");
        if (id.isEmpty()) {
            throw new PushFailedException("[Action][TheHive]: TheHive created a case without an _id");
        }
        return id;
    }

    /** TheHive's query API: the body is {@code {"query": [steps...]}}, the answer a JSON array of cases. */
    private Optional<String> findByCaseTag(String caseId) {
        Map<String, Object> filter = Map.of("_name", "filter",
                "_eq", Map.of("_field", "tags", "_value", TheHiveFields.caseTag(caseId)));
        JsonNode found = hive.post("/api/v1/query?name=casebook-find-case", Map.of("query", List.of(
                Map.of("_name", "listCase"), filter, Map.of("_name", "page", "from", 0, "to", 1))));
        return found.isArray() && !found.isEmpty()
                ? Optional.of(found.get(0).path("_id").asText()) : Optional.empty();
    }

    private static Map<String, Object> fields(PushRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", request.title());
        fields.put("description", request.description());
        fields.put("tags", TheHiveFields.tags(request.tags(), request.caseId()));
        fields.put("severity", TheHiveFields.severity(request.severity()));
        // Kibana sends tlp only as the case sets it; leaving it out lets TheHive keep its own (default AMBER, 2).
        Optional.ofNullable(TheHiveFields.tlp(request.field("tlp"))).ifPresent(t -> fields.put("tlp", t));
        return fields;
    }

    /** The case number ({@code #12}) users see in TheHive, else its title. */
    private static String title(JsonNode read, PushRequest request) {
        JsonNode number = read.path("number");
        if (number.isNumber() || (number.isTextual() && !number.asText().isBlank())) {
            return "#" + number.asText();
        }
        return read.path("title").asText(request.title());
    }
}
