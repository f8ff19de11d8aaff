package io.casebook.wiring;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.attachments.AttachmentsApi;
import io.casebook.adapter.in.rest.attachments.CaseAlertsApi;
import io.casebook.adapter.in.rest.cases.CaseFacetsApi;
import io.casebook.adapter.in.rest.cases.CaseFindApi;
import io.casebook.adapter.in.rest.cases.CaseUpdatesApi;
import io.casebook.adapter.in.rest.cases.CasesApi;
import io.casebook.adapter.in.rest.configure.ConfigureApi;
import io.casebook.adapter.in.rest.useractions.UserActionsApi;
import io.casebook.application.CaseChangeListener;
import io.casebook.application.CaseFinder;
import io.casebook.application.CaseService;
import io.casebook.application.CustomFieldPolicy;
import io.casebook.application.DeleteCases;
import io.casebook.application.UpdateCases;
import io.casebook.application.UserActionLog;
import io.casebook.application.UserActionQueries;
import io.casebook.application.attachments.AttachmentUseCases;
import io.casebook.application.configure.ConfigureService;
import io.casebook.application.configure.ConfiguredCustomFields;

import java.time.Clock;
import java.util.List;

/** The Cases side of the engine: case, attachment, activity and configure use cases, and their API. */
public final class CasesWiring {

    private final CaseService caseService;
    private final UpdateCases updateCases;
    private final AttachmentUseCases attachments;
    private final List<ApiModule> apiModules;

    /** {@code changes} hears every change to a case (auto-push). */
    public CasesWiring(Stores stores, RequestBodies bodies, Clock clock, CaseChangeListener changes) {
        UserActionLog userActionLog = new UserActionLog(stores.userActions(), changes);
        CustomFieldPolicy customFields = new ConfiguredCustomFields(stores.configurations());
        caseService = new CaseService(stores.cases(), userActionLog, customFields, stores.tx(), clock);
        CaseFinder finder = new CaseFinder(stores.caseSearch());
        updateCases = new UpdateCases(stores.cases(), userActionLog, customFields, stores.tx(), clock);
        attachments = AttachmentUseCases.over(stores.cases(), stores.attachments(),
                stores.caseAlerts(), userActionLog, stores.tx(), clock);
        apiModules = List.of(
                new CasesApi(caseService, bodies),
                new CaseFindApi(finder, clock),
                new CaseFacetsApi(finder, clock),
                new CaseUpdatesApi(updateCases,
                        new DeleteCases(stores.cases(), stores.tx()), bodies),
                new UserActionsApi(new UserActionQueries(stores.cases(), stores.userActions())),
                new AttachmentsApi(attachments, bodies),
                new CaseAlertsApi(attachments.queries()),
                new ConfigureApi(new ConfigureService(stores.configurations(), stores.tx(), clock), bodies));
    }

    public CaseService caseService() {
        return caseService;
    }

    public UpdateCases updateCases() {
        return updateCases;
    }

    public AttachmentUseCases attachments() {
        return attachments;
    }

    public List<ApiModule> apiModules() {
        return apiModules;
    }
}
