package dev.aegis.runtime.retention;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** One kind of record that is kept for a while, then removed (or archived) a bounded batch at a time. */
public interface RetentionTask {

    /** What it removes, as a sweep reports it, e.g. {@code approvals}. */
    String name();

    /**
     * Removes one batch of what is past retention at {@code now}, in a transaction of its own, so no
     * lock is held long.
     *
     * @return how many records it removed; 0 once nothing is left past retention
     */
    int removeBatch(Instant now);

    /** Removes what one store call removes, given the cutoff ({@code now} less what is kept) and a batch size. */
    @FunctionalInterface
    interface Remover {
        int remove(Instant cutoff, Instant now, int max);
    }

    /** A task that keeps records for {@code kept}, removing up to {@code batch} of them per call. */
    static RetentionTask olderThan(String name, Duration kept, int batch, Remover remover) {
        requireNonNull(name, "name");
        requireNonNull(remover, "remover");
        if (kept.isNegative() || kept.isZero() || batch < 1) {
            throw new IllegalArgumentException(name + ": what is kept must be positive, and a batch at least one record");
        }
        return new RetentionTask() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int removeBatch(Instant now) {
                return remover.remove(now.minus(kept), now, batch);
            }
        };
    }
}
