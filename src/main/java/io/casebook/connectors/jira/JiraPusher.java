package io.casebook.connectors.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.CaseStatusMapping;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kibana's Jira push (SC {@code jira/service.ts}): create (issue type looked up when the case names none) or
 * update, then one comment call per comment. A create first looks for an issue carrying the case's label, so
 * a create retried after the remote side already made the issue reuses it instead of duplicating it. When the
 * instance maps the case's status, the issue is then transitioned to the mapped status.
 */
final class JiraPusher implements ConnectorPusher {

    private final JiraClient jira;
    private final String projectKey;
    private final CaseStatusMapping statuses;
    private final JiraIssueMapper mapper = JiraIssueMapper.INSTANCE;

    JiraPusher(JiraClient jira, String projectKey, CaseStatusMapping statuses) {
        this.jira = jira;
        this.projectKey = projectKey;
        this.statuses = statuses;
    }

    @Override
    public ExternalRecord push(PushRequest request) {
        Map<String, Object> otherFields = JiraOtherFields.of(request); // unusable ones fail before any call
        // A create retried after Jira made the issue finds it by label, then brings it up to date like any update.
        String id = request.externalId() != null ? request.externalId()
                : findByCaseLabel(request.caseId()).orElse(null);
        if (id == null) {
            id = create(request, otherFields);
        } else {
            jira.put("/rest/api/2/issue/" + id, Map.of("fields",
                    JiraOtherFields.merged(mapper.toUpdate(request), otherFields)));
        }
        for (PushRequest.Comment comment : request.comments()) {
            jira.post("/rest/api/2/issue/" + id + "/comment", Map.of("body", comment.text()));
            request.sent(comment);
        }
        return readBack(id, request.status());
    }

    /** One read gives both the key users see and the status a transition to the mapped status starts from. */
    private ExternalRecord readBack(String id, String caseStatus) {
        JsonNode issue = jira.get("/rest/api/2/issue/" + id);
        String key = issue.path("key").asText(null);
        if (key == null) {
            throw new PushFailedException("[Action][Jira]: Jira returned issue " + id + " without a key");
        }
        String current = issue.path("fields").path("status").path("name").asText(null);
        statuses.target(caseStatus).ifPresent(target -> new JiraTransitions(jira).moveTo(id, key, current, target));
        return new ExternalRecord(id, key, jira.apiUrl() + "/browse/" + key);
    }

    private String create(PushRequest request, Map<String, Object> otherFields) {
        JiraIssueFields fields = mapper.toCreate(request, projectKey, issueType(request));
        JsonNode created = jira.post("/rest/api/2/issue", Map.of("fields", JiraOtherFields.merged(fields, otherFields)));
        return created.path("id").asText();
    }

    /** Jira Cloud's enhanced search ({@code /search/jql}); Data Center only has the older {@code /search}. */
    private Optional<String> findByCaseLabel(String caseId) {
        String jql = "project=\"" + projectKey + "\" AND labels=\"" + JiraFields.caseLabel(caseId) + "\"";
        String query = "?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8).replace("+", "%20")
                + "&fields=id&maxResults=1";
        var reply = jira.send("GET", "/rest/api/2/search/jql" + query, null);
        if (reply.status() == 404) {
            reply = jira.send("GET", "/rest/api/2/search" + query, null);
        }
        if (!reply.ok()) {
            throw JiraClient.failure(reply);
        }
        JsonNode issues = JsonHttp.parse(reply.body()).path("issues");
        return issues.isEmpty() ? Optional.empty() : Optional.of(issues.get(0).path("id").asText());
    }

    private String issueType(PushRequest request) {
        String given = request.field("issueType");
        if (given != null) {
            return given;
        }
        JsonNode types = jira.get("/rest/api/2/issue/createmeta/" + projectKey + "/issuetypes");
        JsonNode list = types.has("issueTypes") ? types.path("issueTypes") : types.path("values");
        List<String> ids = new ArrayList<>();
        list.forEach(t -> ids.add(t.path("id").asText()));
        if (ids.isEmpty()) {
            throw new PushFailedException("[Action][Jira]: project " + projectKey + " has no issue types");
        }
        return ids.get(0);
    }
}
