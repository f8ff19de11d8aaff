package io.casebook.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.Map;

/**
 * An external case system faked with WireMock as its documented API answers, for the push outbox tests every
 * connector type must pass: one record that the lookup by case id finds only once a create has arrived (the
 * scenario {@link #lifeScenario()} turns {@link #CREATED} when the create request arrives, even one still being
 * answered), so a retried create is told apart from a first one.
 */
public interface VendorFake extends AutoCloseable {

    String CREATED = "created";

    WireMockServer server();

    /** Back to a system with no record, answering every call of a push successfully. */
    void reset();

    /** The actions API body of a connector to this system. */
    Map<String, Object> connectorBody(String name);

    /** A new stub of the create call, to be given another answer. */
    MappingBuilder createCall();

    /** The system's answer to a successful create. */
    ResponseDefinitionBuilder created();

    /** The system's error body for {@code status} carrying {@code message}. */
    ResponseDefinitionBuilder error(int status, String message);

    /** A new stub of the lookup by case id that precedes a create. */
    MappingBuilder lookupCall();

    /** The lookups of {@code caseId}'s record that were made. */
    RequestPatternBuilder lookups(String caseId);

    /** The updates of the created record that were made. */
    RequestPatternBuilder updates();

    /** The title an update (or create) request carried. */
    String titleSent(LoggedRequest request);

    /** The created record's id and title as the case's {@code external_service} shows them. */
    String recordId();

    String recordTitle();

    /** A new stub of the call that adds one comment to the record (Jira comment, ServiceNow work note...). */
    MappingBuilder commentCall();

    /** The system's answer to a comment call that succeeded. */
    ResponseDefinitionBuilder commented();

    /** The comment calls that arrived (answered or not). */
    RequestPatternBuilder commentsMade();

    /** The comment text a comment call carried. */
    String commentSent(LoggedRequest request);

    /** The WireMock scenario that turns {@link #CREATED} once a create arrived. */
    String lifeScenario();

    /** The create requests that arrived (answered or not). */
    RequestPatternBuilder createsMade();

    /** How many creates arrived (answered or not). */
    default int creates() {
        return server().findAll(createsMade()).size();
    }

    /** The state of {@link #lifeScenario()}. */
    default String lifeState() {
        return server().getAllScenarios().getScenarios().stream().filter(s -> s.getName().equals(lifeScenario()))
                .findFirst().orElseThrow().getState();
    }

    @Override
    default void close() {
        server().stop();
    }
}
