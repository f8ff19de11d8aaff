package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.ingest.AlertIntake;
import io.casebook.adapter.in.ingest.AlertmanagerNormaliser;
import io.casebook.adapter.in.ingest.ElasticNormaliser;
import io.casebook.adapter.in.ingest.NativeAlertNormaliser;
import io.casebook.adapter.in.ingest.PagerDutyNormaliser;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.out.jdbc.GroupCommitTransactions;
import io.casebook.adapter.in.rest.alerts.AlertFindApi;
import io.casebook.adapter.in.rest.alerts.AlertIngestApi;
import io.casebook.adapter.in.rest.alerts.AlertQueriesApi;
import io.casebook.adapter.in.rest.alerts.PagerDutyEventsApi;
import io.casebook.application.ingest.AlertIngestService;
import io.casebook.config.Settings;

import java.time.Clock;
import java.util.List;

/** The alert side of the engine: one normaliser per format, durable intake, and the alert API. */
public final class AlertsWiring implements AutoCloseable {

    private final AlertIntake intake;
    private final GroupCommitTransactions intakeCommits;
    private final List<ApiModule> apiModules;

    public AlertsWiring(Stores stores, ObjectMapper mapper, Settings settings, Clock clock) {
        // Deliveries arriving together (HTTP requests, JMS consumers) share one durable commit.
        intakeCommits = new GroupCommitTransactions(stores.tx(), settings.getInt("casebook.ingest.committers", 2),
                settings.getInt("casebook.ingest.group-commit-max", 64), "casebook-intake-commit");
        intake = new AlertIntake(List.of(
                new NativeAlertNormaliser(mapper),
                new AlertmanagerNormaliser(mapper),
                new PagerDutyNormaliser(mapper),
                new ElasticNormaliser(mapper)),
                new AlertIngestService(stores.alerts(), intakeCommits, clock), mapper);
        int maxBodyBytes = settings.getInt("casebook.ingest.max-body-bytes");
        apiModules = List.of(
                new AlertIngestApi(intake, maxBodyBytes),
                new PagerDutyEventsApi(intake, maxBodyBytes),
                new AlertQueriesApi(stores.alerts()),
                new AlertFindApi(stores.alerts()));
    }

    public AlertIntake intake() {
        return intake;
    }

    public List<ApiModule> apiModules() {
        return apiModules;
    }

    /** Commits the deliveries still waiting; after the transports stopped, before the database closes. */
    @Override
    public void close() {
        intakeCommits.close();
    }
}
