package io.casebook.api.connectors;

import io.casebook.support.FakeTheHive;
import io.casebook.support.VendorFake;

/** The push outbox contract for .thehive (v1 API). */
class TheHiveOutboxTest extends OutboxContract {

    @Override
    VendorFake startVendor() {
        return FakeTheHive.start();
    }
}
