package dev.aegis.pack.budgets.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * What a reservation adds to one counter, and the limit the counter must stay within.
 *
 * @param counterKey e.g. {@code spend:month:2025-01:team:payments}; the subject's name comes last,
 *     so no name can make two keys collide
 * @param limit none when the counter is only kept for reporting
 * @param description names the limit for people: {@code monthly spend limit of team payments}
 * @param refusalCode the halt code when the limit is exhausted
 * @param resetsAt when the counter's period ends
 */
public record Charge(String counterKey, Unit unit, long amount, OptionalLong limit, String description, String refusalCode, Instant resetsAt) {

    public Charge {
        requireNonNull(counterKey, "counterKey");
        requireNonNull(unit, "unit");
        requireNonNull(limit, "limit");
        requireNonNull(description, "description");
        requireNonNull(refusalCode, "refusalCode");
        requireNonNull(resetsAt, "resetsAt");
        if (amount < 0) {
            throw new IllegalArgumentException("a charge is never negative");
        }
    }

    /** Whether adding this charge keeps a counter at {@code spent + reserved} within the limit. */
    public boolean fits(long spent, long reserved) {
        return limit.isEmpty() || spent + reserved + amount <= limit.getAsLong();
    }
}
