package dev.aegis.pack.budgets.lease;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How much a lease asks for: {@code horizon} of this gateway's recent admissions on the counter, at
 * least a few requests' worth, in whole requests. The store caps it at a share of the room left, so
 * several gateways each find room, and grants nothing when that is below two requests (exact then).
 */
public record LeaseSizer(Duration horizon, int share) {

    /** A cold counter (no rate yet) starts with this many requests' worth. */
    static final int COLD_STEPS = 8;

    public long wanted(long step, double ratePerSecond) {
        double seconds = horizon.toNanos() / 1e9;
        long byRate = (long) Math.min(Long.MAX_VALUE / 4, Math.ceil(ratePerSecond * seconds));
        long steps = Math.max(COLD_STEPS, (byRate + step - 1) / step);
        return Math.min(Long.MAX_VALUE / 4 / step, steps) * step;
    }

    /**
     * One gateway's lease on a limited counter holds at most this share of the limit (and at least
     * two requests' worth): what a crash can leave lapsed, and what an idle gateway keeps from others.
     */
    static final int CAP_SHARE = 16;

    /** {@code wanted}, cut so that the lease, holding {@code held} already, stays within its cap; whole requests. */
    public long capped(long wanted, long step, OptionalLong limit, long held) {
        if (limit.isEmpty()) {
            return wanted;
        }
        long cap = Math.max(2 * step, limit.getAsLong() / CAP_SHARE);
        return Math.min(wanted, Math.max(0, cap - held) / step * step);
    }

    /** Below this the keeper refills in the background, so the request path rarely waits. */
    public long lowWater(long step, double ratePerSecond) {
        return wanted(step, ratePerSecond) / 2;
    }
}
