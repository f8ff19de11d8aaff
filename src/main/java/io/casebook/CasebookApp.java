package io.casebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.JsonLimits;
import io.casebook.adapter.JsonSupport;
import io.casebook.adapter.in.http.HttpServerFactory;
import io.casebook.adapter.in.rest.ApiDispatcher;
import io.casebook.adapter.in.rest.ApiErrors;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.ResponseWriter;
import io.casebook.adapter.in.rest.status.StatusApi;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.in.jms.JmsAlertListener;
import io.casebook.adapter.in.jms.JmsDeadLetterQueue;
import io.casebook.adapter.in.rest.alerts.DeadLetterApi;
import io.casebook.adapter.out.broker.MessageBroker;
import io.casebook.application.connectors.PushOutbox;
import io.casebook.application.rules.AlertRouter;
import io.casebook.application.rules.RuleBook;
import io.casebook.application.rules.RuleCounters;
import io.casebook.config.Settings;
import io.casebook.wiring.AlertsWiring;
import io.casebook.wiring.CasesWiring;
import io.casebook.wiring.ConnectorsWiring;
import io.casebook.wiring.RouterWiring;
import io.casebook.wiring.RulesWiring;
import io.casebook.wiring.SecurityWiring;
import io.casebook.wiring.Stores;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The engine: opens the database, builds the use cases and adapters, and runs them in Camel Main with the
 * YAML routes of {@code casebook.routes.dir}. Used by {@link CasebookMain} and by tests (on a free port).
 */
public final class CasebookApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CasebookApp.class);
    public static final String VERSION = "8.18.0";

    private final Settings settings;
    private final EngineOverrides overrides;
    private RuleBook ruleBook;
    private RuleCounters ruleCounters;
    private final Main main = new Main();
    private Database database;
    private AlertsWiring alerts;
    private MessageBroker broker;
    private VertxPlatformHttpServer httpServer;
    private AlertRouter router;
    private PushOutbox pushOutbox;

    private CasebookApp(Settings settings, EngineOverrides overrides) {
        this.settings = settings;
        this.overrides = overrides;
    }

    public static CasebookApp start(Settings settings) {
        return start(settings, EngineOverrides.NONE);
    }

    public static CasebookApp start(Settings settings, EngineOverrides overrides) {
        CasebookApp app = new CasebookApp(settings, overrides);
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
        ObjectMapper mapper = JsonSupport.newMapper(JsonLimits.from(settings));
        Clock clock = overrides.clock() != null ? overrides.clock() : Clock.systemUTC();
        // Before anything listens: a bad rules.yaml stops startup here with <file>:<line>: <reason>.
        RulesWiring rules = new RulesWiring(settings, clock);
        main.bind("rulesFileWatcher", rules.watcher());
        Stores stores = Stores.over(database, mapper);
        RequestBodies bodies = new RequestBodies(mapper,
                settings.getInt("casebook.api.max-body-bytes", RequestBodies.DEFAULT_MAX_BODY_BYTES));
        // Before anything listens too: a bad connectors/<id>.yaml stops startup with the file and the reason.
        Function<String, String> environment = overrides.environment() != null ? overrides.environment()
                : System::getenv;
        ConnectorsWiring connectors = new ConnectorsWiring(database, stores, mapper, settings, bodies, clock,
                environment, main::getCamelContext);
        // Before anything listens too: a bad users.yaml or roles.yaml stops startup with <file>:<line>: <reason>;
        // the elastic password is settled.
        SecurityWiring security = new SecurityWiring(database, mapper, settings, clock, environment,
                overrides.console() != null ? overrides.console() : System.out, bodies, overrides.authenticator());
        main.bind("pushOutbox", connectors.pushes().outbox());
        pushOutbox = connectors.pushes().outbox();
        CasesWiring cases = new CasesWiring(stores, bodies, clock, connectors.autoPush(stores));
        alerts = new AlertsWiring(stores, mapper, settings, clock);
        main.bind("alertIntake", alerts.intake());
        ruleBook = rules.ruleBook();
        ruleCounters = rules.counters();
        RouterWiring routing = new RouterWiring(database, stores, cases, alerts, mapper, settings, ruleBook,
                ruleCounters, overrides.templateRenderer() != null ? overrides.templateRenderer() : rules.renderer(),
                connectors.rulePushes(), clock);
        router = routing.router();
        main.bind("alertRouter", router);

        // The broker starts before the routes (main.start) and stops after them (close).
        broker = MessageBroker.start(settings);
        String queue = settings.get("casebook.ingest.queue", "casebook.alerts");
        main.bind("jms", JmsComponent.jmsComponent(broker.connectionFactory()));
        main.bind("jmsAlertListener",
                new JmsAlertListener(alerts.intake(), settings.getInt("casebook.ingest.max-body-bytes"), clock));
        main.setOverrideProperties(placeholders(queue, rules));

        ApiRoutes routes = new ApiRoutes();
        List<ApiModule> modules = new ArrayList<>();
        modules.add(new StatusApi(VERSION));
        modules.addAll(security.apiModules());
        modules.addAll(cases.apiModules());
        modules.addAll(alerts.apiModules());
        modules.addAll(rules.apiModules());
        modules.addAll(routing.apiModules());
        modules.addAll(connectors.apiModules());
        modules.add(new DeadLetterApi(new JmsDeadLetterQueue(broker.connectionFactory(), queue), bodies));
        modules.forEach(m -> m.register(routes));
        ResponseWriter writer = new ResponseWriter(mapper);

        main.bind("apiDispatcher", new ApiDispatcher(routes, security.authenticators(), security.roleBook(),
                security.auditLog(), writer,
                security.requestMdc()));
        main.bind("apiErrors", new ApiErrors(writer));
        main.configure().withRoutesIncludePattern("file:" + routesDir() + "/*.yaml");
        main.configure().setName("casebook");
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                httpServer = HttpServerFactory.create(settings, context);
                try {
                    context.addService(httpServer);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot add the HTTP server", e);
                }
            }
        });
        main.start();
        LOG.info("Casebook {} ready on {} port {} in {} ms (data: {})", VERSION,
                settings.find("casebook.http.tls.keystore").isPresent() ? "https" : "http", port(),
                (System.nanoTime() - started) / 1_000_000, settings.dataDir().toAbsolutePath());
    }

    /**
     * The engine's settings (file, -D, environment) are what {@code {{casebook.*}}} placeholders in the routes
     * resolve to; Camel Main alone would only read a classpath application.properties.
     */
    private Properties placeholders(String queue, RulesWiring rules) {
        Properties properties = new Properties();
        properties.putAll(settings.asMap());
        properties.setProperty("casebook.ingest.queue", queue);
        properties.setProperty("casebook.ingest.jms-consumers",
                String.valueOf(settings.getInt("casebook.ingest.jms-consumers", 16)));
        properties.putAll(rules.placeholders());
        return properties;
    }

    private Path routesDir() {
        return Path.of(settings.get("casebook.routes.dir", "routes")).toAbsolutePath();
    }

    /** The rules in force: the rules.yaml loader replaces them, tests may too. */
    public RuleBook ruleBook() {
        return ruleBook;
    }

    public RuleCounters ruleCounters() {
        return ruleCounters;
    }

    /** The bound HTTP port (the real one when configured as 0). */
    public int port() {
        return httpServer.getServer().actualPort();
    }

    /** The OpenWire URL of the broker in use (the embedded one's real port when configured as 0). */
    public String brokerUrl() {
        return broker.url();
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
        if (router != null) {
            router.close();
        }
        if (pushOutbox != null) {
            pushOutbox.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (alerts != null) {
            alerts.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
