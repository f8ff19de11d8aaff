package io.casebook.application.rules;

import io.casebook.application.CaseService;
import io.casebook.application.UpdateCases;
import io.casebook.application.attachments.AddAttachment;
import io.casebook.application.port.AlertStore;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.RoutingQueue;
import io.casebook.application.port.RuleGroupStore;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.application.port.Transactions;

import java.time.Clock;

/** The rules' use cases over their ports and the case use cases they reuse: the router and the dry run. */
public record RuleRouting(AlertRouter router, RuleDryRun dryRun) {

    /** The stores routing reads and writes; {@code tx} is the transactions routing runs in. */
    public record Ports(CaseStore cases, AttachmentStore attachments, CaseAlertStore caseAlerts, AlertStore alerts,
                        RuleGroupStore groups, RoutingQueue queue, Transactions tx) {
    }

    /** The case use cases routing goes through, so its cases and changes are ordinary ones. */
    public record CaseUseCases(CaseService create, UpdateCases update, AddAttachment attach) {
    }

    public static RuleRouting over(Ports ports, CaseUseCases useCases, RuleBook ruleBook, RuleCounters counters,
                                   TemplateRenderer renderer, RulePushes pushes, Clock clock,
                                   AlertRouter.RouterSettings settings) {
        RuleCaseContent content = new RuleCaseContent(renderer);
        RuleCaseUpdates updates = new RuleCaseUpdates(useCases.update());
        CaseTargeting targeting = new CaseTargeting(ports.cases(), ports.attachments(), ports.groups(),
                useCases.create(), content, updates);
        AlertAttacher attacher = new AlertAttacher(ports.caseAlerts(), useCases.attach(), targeting, updates);
        ResolveHandler resolver = new ResolveHandler(ports.groups(), ports.cases(), ports.attachments(),
                ports.caseAlerts(), useCases.attach(), updates);
        GroupRouting routing = new GroupRouting(ports.tx(), ports.queue(), ports.groups(), targeting, attacher,
                resolver, pushes, clock);
        UnitRunner runner = new UnitRunner(routing, ports.queue(), ports.tx(), clock, settings.threads(),
                settings.maxAttempts());
        return new RuleRouting(
                new AlertRouter(ruleBook, counters, ports.queue(), runner, settings.batchSize()),
                new RuleDryRun(ruleBook, ports.groups(), ports.cases(), ports.caseAlerts(), ports.alerts(), content,
                        clock));
    }
}
