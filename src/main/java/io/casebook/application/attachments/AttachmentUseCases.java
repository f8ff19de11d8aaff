package io.casebook.application.attachments;

import io.casebook.application.UserActionLog;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseAlertStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.Transactions;

import java.time.Clock;

/** The attachment use cases, built once over their ports so they share one set of helpers. */
public record AttachmentUseCases(AddAttachment add, UpdateAttachment update, DeleteAttachments delete,
                                 AttachmentQueries queries) {

    public static AttachmentUseCases over(CaseStore cases, AttachmentStore attachments, CaseAlertStore caseAlerts,
                                          UserActionLog userActions, Transactions tx, Clock clock) {
        CaseBookkeeping bookkeeping = new CaseBookkeeping(cases, attachments, caseAlerts);
        AlertAdmission intake = new AlertAdmission(caseAlerts);
        return new AttachmentUseCases(
                new AddAttachment(bookkeeping, intake, attachments, userActions, tx, clock),
                new UpdateAttachment(bookkeeping, intake, attachments, caseAlerts, userActions, tx, clock),
                new DeleteAttachments(bookkeeping, attachments, userActions, tx, clock),
                new AttachmentQueries(cases, attachments, caseAlerts));
    }
}
