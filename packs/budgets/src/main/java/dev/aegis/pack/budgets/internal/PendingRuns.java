package dev.aegis.pack.budgets.internal;

import dev.aegis.pack.budgets.lease.LeasedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reservations this node holds, by run id. The run-end callback of an aborted run (a client
 * that went away) carries the state the run started with, without the reservation key: the run id
 * is what finds the reservation then.
 */
public final class PendingRuns {

    /**
     * @param price what the reservation was priced at: the settlement's fallback
     * @param estimate what was reserved, and {@code estimatedTokens} the tokens
     * @param leased present when the run was admitted against this gateway's leases rather than by
     *     a reservation in the store
     */
    public record Pending(String reservationId, String requestedModel, Price price, Money estimate, long estimatedTokens, Instant expiresAt,
            Optional<LeasedRun> leased) {}

    private final ConcurrentHashMap<String, Pending> byRun = new ConcurrentHashMap<>();

    public Optional<Pending> get(String runId) {
        return Optional.ofNullable(byRun.get(runId));
    }

    public void put(String runId, Pending pending) {
        byRun.put(runId, pending);
    }

    /** Takes the run's reservation; the run's end is heard once, whoever asks twice gets nothing. */
    public Optional<Pending> take(String runId) {
        return Optional.ofNullable(byRun.remove(runId));
    }

    /**
     * Forgets reservations the store has long expired: a run whose end was never heard must not hold
     * memory forever. A grace of one more {@code ttl} keeps late settlements of long streams possible.
     */
    public List<Pending> forgetExpired(Instant now, Duration ttl) {
        List<Pending> forgotten = new ArrayList<>();
        byRun.values().removeIf(pending -> pending.expiresAt().plus(ttl).isBefore(now) && forgotten.add(pending));
        return forgotten;
    }

    public int size() {
        return byRun.size();
    }
}
