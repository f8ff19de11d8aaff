package io.casebook.api.connectors;

import io.casebook.support.FakeCaseSystem;
import io.casebook.support.FakeJira;
import io.casebook.support.FakeServiceNow;
import io.casebook.support.FakeTheHive;
import io.casebook.support.VendorFake;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One running fake vendor per connector type, named after the type for parameterized reports; closed together. */
final class VendorFakes implements AutoCloseable {

    private final List<Named<VendorFake>> fakes;

    private VendorFakes(List<Named<VendorFake>> fakes) {
        this.fakes = fakes;
    }

    /** Jira, ServiceNow ITSM, ServiceNow SecOps (when asked), TheHive and the webhook's case system. */
    static VendorFakes start(boolean withSecOps) {
        List<Named<VendorFake>> fakes = new ArrayList<>();
        fakes.add(Named.of(".jira", FakeJira.start()));
        fakes.add(Named.of(".servicenow", FakeServiceNow.start()));
        if (withSecOps) {
            fakes.add(Named.of(".servicenow-sir", FakeServiceNow.startSir()));
        }
        fakes.add(Named.of(".thehive", FakeTheHive.start()));
        fakes.add(Named.of(".cases-webhook", FakeCaseSystem.start()));
        return new VendorFakes(List.copyOf(fakes));
    }

    /** The fakes as test arguments. */
    Stream<Arguments> arguments() {
        return fakes.stream().map(Arguments::of);
    }

    FakeJira jira() {
        return (FakeJira) fakes.get(0).getPayload();
    }

    @Override
    public void close() {
        fakes.forEach(fake -> fake.getPayload().close());
    }
}
