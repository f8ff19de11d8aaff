package io.casebook.api.connectors;

import io.casebook.support.FakeServiceNow;
import io.casebook.support.VendorFake;

/** The push outbox contract for .servicenow (Table API, Basic auth). */
class ServiceNowOutboxTest extends OutboxContract {

    @Override
    VendorFake startVendor() {
        return FakeServiceNow.start();
    }
}
