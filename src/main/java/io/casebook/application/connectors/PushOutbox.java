package io.casebook.application.connectors;

import io.casebook.application.port.PushQueue;
import io.casebook.domain.Case;
import io.casebook.domain.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pushes the engine makes on its own: {@link #request} queues one (inside the change's transaction, so a
 * change and its push commit together), and {@link #drain}, run by a timer route, sends what is due on a small
 * pool of threads, each push within its connector's concurrency limit.
 */
public final class PushOutbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PushOutbox.class);

    private final PushQueue queue;
    private final PushDelivery delivery;
    private final PushSettings settings;
    private final Clock clock;
    private final ExecutorService workers;

    PushOutbox(PushQueue queue, PushDelivery delivery, PushSettings settings, Clock clock) {
        this.queue = queue;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "casebook-push-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a push of the case to the connector, due once the coalescing window has passed; changes made
     * meanwhile ride along with it. Returns false when one was already waiting.
     */
    public boolean request(Case c, String connectorId, PushReason reason, User by) {
        Instant now = clock.instant();
        return queue.enqueue(new PushTicket(UUID.randomUUID().toString(), c.getSpace(), c.getId(), connectorId,
                reason, by, now, 0), now.plus(settings.coalesce()));
    }

    /** Sends every push that is due, a batch at a time; returns how many were attempted. */
    public int drain() {
        int attempted = 0;
        List<PushTicket> claimed;
        do {
            Instant now = clock.instant();
            claimed = queue.claimDue(now, now.plus(settings.lease()), settings.batchSize());
            List<Future<PushOutcome>> running = new ArrayList<>();
            for (PushTicket ticket : claimed) {
                running.add(workers.submit(() -> delivery.deliver(ticket)));
            }
            for (Future<PushOutcome> f : running) {
                await(f);
            }
            attempted += claimed.size();
        } while (claimed.size() == settings.batchSize());
        return attempted;
    }

    private static void await(Future<PushOutcome> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Its claim runs out and the push is taken again: nothing is lost by logging and moving on.
            LOG.warn("A push failed unexpectedly; it will be retried when its claim expires", e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
