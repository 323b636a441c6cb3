package dev.aegis.server.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The generations of what a reload replaces (the plugin instances of one load of the file): each
 * request leases the current generation for as long as it runs, a {@link #swap} retires it, and a
 * retired generation is closed once no lease is held on it <em>or on any older one</em>. The second
 * condition covers a request that leased one generation and then looked up the next (a swap between
 * its two reads): it holds back the close of every generation it may have used.
 *
 * <p>Leasing costs one volatile read and an atomic increment and takes no lock; only swaps and the
 * release of a retired generation's last lease do.
 */
public final class Generations<T extends AutoCloseable> {

    private static final Logger LOG = Logger.getLogger(Generations.class.getName());

    private volatile Generation<T> current;
    // oldest first; guarded by this
    private final Deque<Generation<T>> retired = new ArrayDeque<>();

    public Generations(T first) {
        this.current = new Generation<>(requireNonNull(first, "first"), 0);
    }

    /** What new requests use. */
    public T current() {
        return current.value;
    }

    /** The current generation's number: 0 for the first, one more at each swap. */
    public long number() {
        return current.number;
    }

    /** Leases the current generation until the lease is closed; never one already retired. */
    public Lease acquire() {
        while (true) {
            Generation<T> generation = current;
            generation.leases.incrementAndGet();
            if (!generation.retired) {
                return new Lease(generation);
            }
            // retired between the two reads: give it back (it may be closed now) and take the new one
            release(generation);
        }
    }

    /**
     * Makes {@code next} current and retires the generation it replaces, which is closed after the
     * last run that may use it.
     */
    public void swap(T next) {
        requireNonNull(next, "next");
        synchronized (this) {
            Generation<T> previous = current;
            current = new Generation<>(next, previous.number + 1);
            previous.retired = true;
            retired.addLast(previous);
        }
        closeDrained();
    }

    /** Leases held now, on every generation. */
    public int leases() {
        int held = current.leases.get();
        synchronized (this) {
            for (Generation<T> generation : retired) {
                held += generation.leases.get();
            }
        }
        return held;
    }

    /** Retired generations not closed yet: runs still use them. */
    public synchronized int retiredOpen() {
        return retired.size();
    }

    /**
     * Waits until no lease is held, or {@code timeout} passed.
     *
     * @return whether every lease was released
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (leases() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Closes every generation, the current one last, whatever leases are still held (at shutdown, after draining). */
    public void closeAll() {
        Deque<Generation<T>> all;
        synchronized (this) {
            all = new ArrayDeque<>(retired);
            retired.clear();
            all.addLast(current);
        }
        all.forEach(Generations::close);
    }

    private void release(Generation<T> generation) {
        // a lease released to zero after the retirement, or a retirement after the release: one of the two sees the other
        if (generation.leases.decrementAndGet() == 0 && generation.retired) {
            closeDrained();
        }
    }

    private void closeDrained() {
        Deque<Generation<T>> drained = new ArrayDeque<>();
        synchronized (this) {
            while (!retired.isEmpty() && retired.peekFirst().leases.get() == 0) {
                drained.addLast(retired.removeFirst());
            }
        }
        drained.forEach(Generations::close);
    }

    private static void close(Generation<? extends AutoCloseable> generation) {
        try {
            generation.value.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "closing generation " + generation.number + " failed", e);
        }
    }

    /** A generation leased by one request; closing it releases the lease (once). */
    public final class Lease implements AutoCloseable {

        private final Generation<T> generation;
        private boolean released;

        private Lease(Generation<T> generation) {
            this.generation = generation;
        }

        public T value() {
            return generation.value;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                release(generation);
            }
        }
    }

    private static final class Generation<T extends AutoCloseable> {

        final T value;
        final long number;
        final AtomicInteger leases = new AtomicInteger();
        volatile boolean retired;

        Generation(T value, long number) {
            this.value = value;
            this.number = number;
        }
    }
}
