package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.rules.RulesTestApi;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcRoutingQueue;
import io.casebook.adapter.out.jdbc.JdbcRuleGroupStore;
import io.casebook.adapter.out.jdbc.JdbiTransactions;
import io.casebook.adapter.out.jdbc.JsonColumns;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.application.rules.AlertRouter;
import io.casebook.application.rules.RuleBook;
import io.casebook.application.rules.RuleCounters;
import io.casebook.application.rules.RulePushes;
import io.casebook.application.rules.RuleRouting;
import io.casebook.config.Settings;
import io.casebook.domain.alert.Alert;

import java.time.Clock;
import java.util.List;

/** The rules side of the engine: the router that turns stored alerts into cases, and the dry-run API. */
public final class RouterWiring {

    /**
     * Templates as written: the stand-in until the Mustache renderer (rules.yaml loading) is wired in. Rules
     * come only from that loader, so outside tests (which bring their own renderer) nothing renders here.
     */
    private static final TemplateRenderer VERBATIM = new TemplateRenderer() {
        @Override
        public String render(String template, Alert alert) {
            return template;
        }

        @Override
        public void check(String template) {
            // any text is a valid verbatim template
        }
    };

    private final RuleRouting routing;
    private final List<ApiModule> apiModules;

    /** {@code renderer} null: the engine's own. */
    public RouterWiring(Database database, Stores stores, CasesWiring cases, AlertsWiring alerts, ObjectMapper mapper,
                        Settings settings, RuleBook ruleBook, RuleCounters counters, TemplateRenderer renderer,
                        RulePushes pushes, Clock clock) {
        var jdbi = database.jdbi();
        RuleRouting.Ports ports = new RuleRouting.Ports(stores.cases(), stores.attachments(), stores.caseAlerts(),
                stores.alerts(), new JdbcRuleGroupStore(jdbi), new JdbcRoutingQueue(jdbi, new JsonColumns(mapper)),
                new JdbiTransactions(jdbi));
        AlertRouter.RouterSettings routerSettings = new AlertRouter.RouterSettings(
                settings.getInt("casebook.rules.router-batch-size", 500),
                settings.getInt("casebook.rules.router-threads", 1),
                settings.getInt("casebook.rules.router-max-attempts", 10));
        routing = RuleRouting.over(ports, new RuleRouting.CaseUseCases(cases.caseService(), cases.updateCases(),
                cases.attachments().add()), ruleBook, counters, renderer != null ? renderer : VERBATIM, pushes,
                clock, routerSettings);
        apiModules = List.of(new RulesTestApi(alerts.intake(), routing.dryRun(),
                settings.getInt("casebook.ingest.max-body-bytes")));
    }

    public AlertRouter router() {
        return routing.router();
    }

    public List<ApiModule> apiModules() {
        return apiModules;
    }
}
