package io.casebook.domain;

/** Kibana's checks on attaching something to a case ({@code validateCreateCommentRequest}). */
public final class AttachmentRules {

    private AttachmentRules() {
    }

    /** Refuses alerts on a closed case, and any attachment whose owner is not the case's. */
    public static void checkCanAttach(Case theCase, Owner owner, AttachmentContent content) {
        if (content.type() == AttachmentType.ALERT && theCase.getStatus() == CaseStatus.CLOSED) {
            throw CasesException.invalid("Alert cannot be attached to a closed case");
        }
        if (owner != theCase.getOwner()) {
            throw CasesException.invalid("The owner field of the comment must match the case");
        }
    }

    /** Refuses a case that would hold more alerts than Kibana allows. */
    public static void checkAlertsPerCase(long alreadyInCase, int adding) {
        if (alreadyInCase + adding > CaseLimits.MAX_ALERTS_PER_CASE) {
            throw tooManyAlertsForCase();
        }
    }

    /** Refuses an alert that would be in more cases than Kibana allows. */
    public static void checkCasesPerAlert(long casesHoldingAlert) {
        if (casesHoldingAlert + 1 > CaseLimits.MAX_CASES_PER_ALERT) {
            throw CasesException.invalid("You cannot attach more than " + CaseLimits.MAX_CASES_PER_ALERT
                    + " cases to an alert");
        }
    }

    /** Kibana's limiter message (base_limiter.ts) for a case that would hold more than 1,000 alerts. */
    static CasesException tooManyAlertsForCase() {
        return CasesException.invalid("Case has reached the maximum allowed number ("
                + CaseLimits.MAX_ALERTS_PER_CASE + ") of attached alerts.");
    }
}
