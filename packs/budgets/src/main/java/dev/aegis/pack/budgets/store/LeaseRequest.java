package dev.aegis.pack.budgets.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One gateway's ask to take, raise or renew its lease on one counter: a slice of the limit's room
 * that the store charges on the counter exactly like a reservation, so the sum of leases and
 * reservations can never pass the limit, whatever number of gateways share the store.
 *
 * @param leaseId the lease's ledger row, {@link #PREFIX} first
 * @param wanted what the gateway would like to add (zero: only renew the expiry)
 * @param step what one request charges, typically: grants are whole multiples of it, so no
 *     fragment smaller than a request is stranded in a lease near the limit
 * @param share a grant never exceeds the room divided by this, so other gateways find room too
 * @param expiresAt when the lease lapses unless renewed (a crash): the sweep then ends it
 */
public record LeaseRequest(String leaseId, Charge charge, long wanted, long step, int share, Instant now, Instant expiresAt) {

    /** Lease ids start with this; the ids of reservations are UUIDs. */
    public static final String PREFIX = "lease:";

    /** Fewer requests' worth than this is not worth a lease: the counter is served exactly. */
    public static final int MINIMUM_STEPS = 2;

    public LeaseRequest {
        requireNonNull(leaseId, "leaseId");
        requireNonNull(charge, "charge");
        requireNonNull(now, "now");
        requireNonNull(expiresAt, "expiresAt");
        if (!leaseId.startsWith(PREFIX) || charge.limit().isEmpty() || wanted < 0 || step <= 0 || share <= 0) {
            throw new IllegalArgumentException("a lease is taken on a limited counter, in positive steps: " + leaseId);
        }
    }

    /** What the store grants out of {@code room} (the limit less the counter's total). */
    public long grant(long room) {
        long cap = Math.min(wanted, Math.max(0, room) / share);
        long granted = cap / step * step;
        return granted < MINIMUM_STEPS * step ? 0 : granted;
    }

    public static boolean isLease(String ledgerId) {
        return ledgerId.startsWith(PREFIX);
    }
}
