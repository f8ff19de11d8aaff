package io.casebook.adapter.out.jdbc;

import io.casebook.domain.CaseStatus;
import io.casebook.domain.Severity;

/** Kibana persists status and severity as numbers (0/10/20[/30]) so they sort in workflow/severity order. */
public final class StoredCodes {

    private StoredCodes() {
    }

    public static int status(CaseStatus status) {
        return status.ordinal() * 10;
    }

    public static CaseStatus status(int code) {
        return CaseStatus.values()[code / 10];
    }

    public static int severity(Severity severity) {
        return severity.ordinal() * 10;
    }

    public static Severity severity(int code) {
        return Severity.values()[code / 10];
    }
}
