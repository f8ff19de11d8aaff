package io.casebook.application.connectors;

import io.casebook.application.UserActionLog;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.ConfigurationStore;
import io.casebook.application.port.ConnectorCalls;
import io.casebook.application.port.PushQueue;
import io.casebook.application.port.Transactions;
import io.casebook.application.port.UserActionStore;

import java.time.Clock;

/** The push use cases built over one outbox: the API's push, the engine's own pushes, and their status. */
public record Pushes(PushCase push, PushOutbox outbox, CasePushStatus status) {

    /** The stores and services pushes read and write. */
    public record Ports(CaseStore cases, AttachmentStore attachments, UserActionStore userActions,
                        ConfigurationStore configurations, PushQueue queue, Transactions tx) {
    }

    public static Pushes over(Ports ports, ConnectorService connectors, ConnectorCalls calls, PushSettings settings,
                              Clock clock) {
        // Its own log, without the change listeners: recording a push must not queue another push.
        PushRecorder recorder = new PushRecorder(ports.cases(), ports.attachments(),
                new UserActionLog(ports.userActions()), ports.configurations(), ports.queue(), ports.tx(), clock);
        PushDelivery delivery = new PushDelivery(ports.cases(), ports.attachments(), ports.userActions(), connectors,
                calls, recorder, ports.queue(), settings, clock);
        return new Pushes(new PushCase(ports.cases(), connectors, calls, ports.queue(), delivery, settings,
                ports.tx(), clock), new PushOutbox(ports.queue(), delivery, settings, clock),
                new CasePushStatus(ports.cases(), ports.userActions(), ports.queue(), connectors));
    }
}
