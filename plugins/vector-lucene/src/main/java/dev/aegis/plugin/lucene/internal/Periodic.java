package dev.aegis.plugin.lucene.internal;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task run every interval on a virtual thread until closed. Closing wakes the thread without
 * interrupting it: an interrupt during index I/O would close Lucene's file channels under the writer.
 */
public final class Periodic implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Periodic.class.getName());

    private final Thread thread;
    private volatile boolean closed;

    private Periodic(String name, Duration interval, Runnable task) {
        this.thread = Thread.ofVirtual().name(name).unstarted(() -> loop(name, interval, task));
    }

    public static Periodic start(String name, Duration interval, Runnable task) {
        Periodic periodic = new Periodic(name, interval, task);
        periodic.thread.start();
        return periodic;
    }

    private void loop(String name, Duration interval, Runnable task) {
        while (!closed) {
            long wakeAt = System.nanoTime() + interval.toNanos();
            for (long left = interval.toNanos(); left > 0 && !closed; left = wakeAt - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
            if (closed) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "lucene vector store: " + name + " failed; trying again in " + interval, e);
            }
        }
    }

    /** Stops the loop and waits for a run under way to end. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
