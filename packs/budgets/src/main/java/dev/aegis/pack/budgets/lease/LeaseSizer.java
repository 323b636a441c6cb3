package dev.aegis.pack.budgets.lease;

import java.time.Duration;

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

    /** Below this the keeper refills in the background, so the request path rarely waits. */
    public long lowWater(long step, double ratePerSecond) {
        return wanted(step, ratePerSecond) / 2;
    }
}
