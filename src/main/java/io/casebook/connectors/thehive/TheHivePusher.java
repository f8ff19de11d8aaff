package io.casebook.connectors.thehive;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.CaseStatusMapping;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kibana's TheHive push (SC {@code thehive/thehive.ts}): create or PATCH the case, then one comment call per
 * comment. A create first queries for a case tagged {@code casebook:<caseId>} (TheHive's {@code sourceRef} is
 * for alerts only), so a create retried after TheHive already made the case updates that case instead. When the
 * instance maps the case's status, the body carries TheHive's {@code status} (and what closing needs, see
 * {@link TheHiveCaseMapper}).
 */
final class TheHivePusher implements ConnectorPusher {

    private final TheHiveClient hive;
    private final CaseStatusMapping statuses;
    private final TheHiveCaseMapper mapper = TheHiveCaseMapper.INSTANCE;

    TheHivePusher(TheHiveClient hive, CaseStatusMapping statuses) {
        this.hive = hive;
        this.statuses = statuses;
    }

    @Override
    public ExternalRecord push(PushRequest request) {
        // A case found by its tag was made by an earlier attempt whose answer was lost; the case may have changed
        // since, so it is updated like any pushed case rather than left as that attempt wrote it.
        String id = Optional.ofNullable(request.externalId()).or(() -> findByCaseTag(request.caseId())).orElse(null);
        if (id == null) {
            id = create(request);
        } else {
            hive.patch("/api/v1/case/" + id, mapper.toCase(request, statuses));
        }
        for (PushRequest.Comment comment : request.comments()) {
            hive.post("/api/v1/case/" + id + "/comment", Map.of("message", comment.text()));
            request.sent(comment);
        }
        JsonNode read = hive.get("/api/v1/case/" + id);
        return new ExternalRecord(id, title(read, request), hive.url() + "/cases/" + id + "/details");
    }

    private String create(PushRequest request) {
        String id = hive.post("/api/v1/case", mapper.toCase(request, statuses)).path("_id").asText("");
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

    /** The case number ({@code #12}) users see in TheHive, else its title. */
    private static String title(JsonNode read, PushRequest request) {
        JsonNode number = read.path("number");
        if (number.isNumber() || (number.isTextual() && !number.asText().isBlank())) {
            return "#" + number.asText();
        }
        return read.path("title").asText(request.title());
    }
}
