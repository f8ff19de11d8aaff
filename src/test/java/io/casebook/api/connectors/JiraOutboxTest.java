package io.casebook.api.connectors;

import io.casebook.support.FakeJira;
import io.casebook.support.VendorFake;

/** The push outbox contract for .jira (Jira REST v2). */
class JiraOutboxTest extends OutboxContract {

    @Override
    VendorFake startVendor() {
        return FakeJira.start();
    }
}
