package io.casebook.api.connectors;

import io.casebook.support.FakeCaseSystem;
import io.casebook.support.VendorFake;

/** The push outbox contract for .cases-webhook (with the lookup by case id). */
class CasesWebhookOutboxTest extends OutboxContract {

    @Override
    VendorFake startVendor() {
        return FakeCaseSystem.start();
    }
}
