package io.casebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.JsonSupport;
import io.casebook.adapter.in.http.HttpServerFactory;
import io.casebook.adapter.in.rest.AnonymousAuthenticator;
import io.casebook.adapter.in.rest.ApiDispatcher;
import io.casebook.adapter.in.rest.ApiErrors;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.ResponseWriter;
import io.casebook.adapter.in.rest.cases.CaseFacetsApi;
import io.casebook.adapter.in.rest.cases.CaseFindApi;
import io.casebook.adapter.in.rest.cases.CaseUpdatesApi;
import io.casebook.adapter.in.rest.attachments.AttachmentsApi;
import io.casebook.adapter.in.rest.attachments.CaseAlertsApi;
import io.casebook.adapter.in.rest.cases.CasesApi;
import io.casebook.adapter.in.rest.configure.ConfigureApi;
import io.casebook.adapter.in.rest.status.StatusApi;
import io.casebook.adapter.in.rest.useractions.UserActionsApi;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcCaseSearch;
import io.casebook.adapter.out.jdbc.JdbcAttachmentStore;
import io.casebook.adapter.out.jdbc.JdbcCaseAlertStore;
import io.casebook.adapter.out.jdbc.JdbcCaseStore;
import io.casebook.adapter.out.jdbc.JdbcConfigurationStore;
import io.casebook.adapter.out.jdbc.JdbiTransactions;
import io.casebook.adapter.out.jdbc.JsonColumns;
import io.casebook.adapter.out.jdbc.JdbcUserActionStore;
import io.casebook.adapter.in.ingest.AlertIntake;
import io.casebook.adapter.in.ingest.AlertmanagerNormaliser;
import io.casebook.adapter.in.ingest.ElasticNormaliser;
import io.casebook.adapter.in.ingest.NativeAlertNormaliser;
import io.casebook.adapter.in.ingest.PagerDutyNormaliser;
import io.casebook.adapter.in.rest.alerts.AlertFindApi;
import io.casebook.adapter.in.rest.alerts.AlertIngestApi;
import io.casebook.adapter.in.rest.alerts.AlertQueriesApi;
import io.casebook.adapter.in.rest.alerts.PagerDutyEventsApi;
import io.casebook.adapter.out.jdbc.JdbcAlertStore;
import io.casebook.application.ingest.AlertIngestService;
import io.casebook.application.CaseFinder;
import io.casebook.application.CaseService;
import io.casebook.application.CustomFieldPolicy;
import io.casebook.application.UserActionLog;
import io.casebook.application.configure.ConfigureService;
import io.casebook.application.configure.ConfiguredCustomFields;
import io.casebook.application.DeleteCases;
import io.casebook.application.UpdateCases;
import io.casebook.application.UserActionQueries;
import io.casebook.application.attachments.AttachmentUseCases;
import io.casebook.config.Settings;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The engine: opens the database, builds the use cases and adapters, and runs them in Camel Main with the
 * YAML routes of {@code casebook.routes.dir}. Used by {@link CasebookMain} and by tests (on a free port).
 */
public final class CasebookApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CasebookApp.class);
    public static final String VERSION = "8.18.0";

    private final Settings settings;
    private final Main main = new Main();
    private Database database;
    private VertxPlatformHttpServer httpServer;

    private CasebookApp(Settings settings) {
        this.settings = settings;
    }

    public static CasebookApp start(Settings settings) {
        CasebookApp app = new CasebookApp(settings);
        try {
            app.doStart();
        } catch (Exception e) {
            app.close();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        return app;
    }

    private void doStart() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(settings.dataDir());
        database = Database.open(settings);
        ObjectMapper mapper = JsonSupport.newMapper();
        JsonColumns json = new JsonColumns(mapper);
        Clock clock = Clock.systemUTC();

        JdbcCaseStore caseStore = new JdbcCaseStore(database.jdbi(), json);
        JdbcUserActionStore userActionStore = new JdbcUserActionStore(database.jdbi(), json);
        JdbiTransactions tx = new JdbiTransactions(database.jdbi());
        UserActionLog userActionLog = new UserActionLog(userActionStore);
        JdbcConfigurationStore configurationStore = new JdbcConfigurationStore(database.jdbi(), json);
        CustomFieldPolicy customFieldPolicy = new ConfiguredCustomFields(configurationStore);
        CaseService caseService = new CaseService(caseStore, userActionLog, customFieldPolicy, tx, clock);
        CaseFinder caseFinder = new CaseFinder(new JdbcCaseSearch(database.jdbi(), json));

        JdbcAlertStore alertStore = new JdbcAlertStore(database.jdbi(), json);
        AlertIngestService ingestService = new AlertIngestService(alertStore, tx, clock);
        AlertIntake intake = new AlertIntake(List.of(
                new NativeAlertNormaliser(mapper),
                new AlertmanagerNormaliser(mapper),
                new PagerDutyNormaliser(mapper),
                new ElasticNormaliser(mapper)), ingestService, mapper);
        main.bind("alertIntake", intake);
        UpdateCases updateCases = new UpdateCases(caseStore, userActionLog, customFieldPolicy, tx, clock);
        DeleteCases deleteCases = new DeleteCases(caseStore, tx);
        UserActionQueries userActionQueries = new UserActionQueries(caseStore, userActionStore);
        AttachmentUseCases attachments = AttachmentUseCases.over(caseStore,
                new JdbcAttachmentStore(database.jdbi(), json), new JdbcCaseAlertStore(database.jdbi()),
                userActionLog, tx, clock);

        RequestBodies bodies = new RequestBodies(mapper);
        ApiRoutes routes = new ApiRoutes();
        List<ApiModule> modules = List.of(
                new StatusApi(VERSION),
                new CasesApi(caseService, bodies),
                new CaseFindApi(caseFinder, clock),
                new CaseFacetsApi(caseFinder, clock),
                new ConfigureApi(new ConfigureService(configurationStore, tx, clock), bodies),
                new AlertIngestApi(intake, settings.getInt("casebook.ingest.max-body-bytes")),
                new AlertQueriesApi(alertStore),
                new CaseUpdatesApi(updateCases, deleteCases, bodies),
                new UserActionsApi(userActionQueries),
                new AttachmentsApi(attachments, bodies),
                new CaseAlertsApi(attachments.queries()),
                new PagerDutyEventsApi(intake, settings.getInt("casebook.ingest.max-body-bytes")),
                new AlertFindApi(alertStore));
        modules.forEach(m -> m.register(routes));
        ResponseWriter writer = new ResponseWriter(mapper);

        main.bind("apiDispatcher", new ApiDispatcher(routes,
                new AnonymousAuthenticator(settings.get("casebook.auth.anonymous-user", "elastic")), writer));
        main.bind("apiErrors", new ApiErrors(writer));
        main.configure().withRoutesIncludePattern("file:" + routesDir() + "/*.yaml");
        main.configure().setName("casebook");
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                httpServer = HttpServerFactory.create(settings);
                try {
                    context.addService(httpServer);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot add the HTTP server", e);
                }
            }
        });
        main.start();
        LOG.info("Casebook {} ready on port {} in {} ms (data: {})", VERSION, port(),
                (System.nanoTime() - started) / 1_000_000, settings.dataDir().toAbsolutePath());
    }

    private Path routesDir() {
        return Path.of(settings.get("casebook.routes.dir", "routes")).toAbsolutePath();
    }

    /** The bound HTTP port (the real one when configured as 0). */
    public int port() {
        return httpServer.getServer().actualPort();
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            main.stop();
        } catch (Exception e) {
            LOG.warn("Error stopping Camel: {}", e.getMessage());
        }
        if (database != null) {
            database.close();
        }
    }
}
