package io.casebook.application;

import io.casebook.application.port.CaseStore;
import io.casebook.application.port.UserActionPage;
import io.casebook.application.port.UserActionStore;
import io.casebook.domain.security.CaseAction;

/** Reading a case's activity log ({@code user_actions/_find}); the case must exist in the caller's space. */
public class UserActionQueries {

    private final CaseStore cases;
    private final UserActionStore userActions;

    public UserActionQueries(CaseStore cases, UserActionStore userActions) {
        this.cases = cases;
        this.userActions = userActions;
    }

    public UserActionPage find(RequestContext ctx, String caseId, UserActionQuery query) {
        // The log has no space of its own to check: the case's lookup (by space) is what hides other spaces.
        CaseService.authorized(ctx, cases.find(ctx.space(), caseId).orElseThrow(() -> CaseService.notFound(caseId)),
                CaseAction.GET_USER_ACTIONS);
        return userActions.find(caseId, query.types(), query.ascending(), query.offset(), query.perPage());
    }
}
