package dev.aegis.server.internal;

import dev.aegis.runtime.durable.DurableStore;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Expires pending approvals past their time. Every gateway sharing a store sweeps; the store makes each expiry happen once. */
public final class ApprovalExpiry {

    private static final Logger LOG = Logger.getLogger(ApprovalExpiry.class.getName());
    private static final Duration EVERY = Duration.ofSeconds(15);

    private ApprovalExpiry() {}

    /** Starts sweeping on a virtual thread; interrupt it to stop. */
    public static Thread start(DurableStore store) {
        return Thread.ofVirtual().name("aegis-approval-expiry").start(() -> sweep(store));
    }

    private static void sweep(DurableStore store) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(EVERY);
                store.approvals().expire(Instant.now());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "expiring approvals failed", e);
            }
        }
    }
}
