package dev.aegis.pack.budgets.store.redis;

import dev.aegis.api.secret.Secret;
import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.BudgetStoreException;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.LedgerAudit;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ZRangeParams;

/**
 * Counters and ledger in Redis hashes, changed only by Lua scripts, which Redis runs atomically.
 * Ledger hashes expire {@code ledgerRetention} after they end, day and month counters that long
 * after their period: Redis holds recent history; PostgreSQL is the store for a durable ledger.
 */
public final class RedisBudgetStore implements BudgetStore, LedgerAudit {

    private static final RedisScript RESERVE = RedisScript.load("reserve.lua");
    private static final RedisScript FINISH = RedisScript.load("finish.lua");
    private static final Duration RATE_WINDOW_RETENTION = Duration.ofHours(1);

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Duration ledgerRetention;
    private final RedisReads reads;
    private final Semaphore connections;
    private final RedisLeases leases;

    public RedisBudgetStore(UnifiedJedis redis, int poolSize, String keyPrefix, Duration ledgerRetention) {
        this.redis = redis;
        this.connections = new Semaphore(poolSize, true);
        this.keys = new RedisKeys(keyPrefix);
        this.ledgerRetention = ledgerRetention;
        this.reads = new RedisReads(redis, keys);
        this.leases = new RedisLeases(keys, ledgerRetention, RATE_WINDOW_RETENTION);
    }

    public static RedisBudgetStore connect(String url, Optional<String> user, Optional<Secret> password, int poolSize,
            String keyPrefix, Duration ledgerRetention) {
        return new RedisBudgetStore(RedisClients.pooled(url, user, password, poolSize), poolSize, keyPrefix, ledgerRetention);
    }

    @Override
    public Admission reserve(Reservation reservation) {
        List<String> scriptKeys = new ArrayList<>(List.of(keys.ledger(reservation.id()), keys.open()));
        List<String> args = new ArrayList<>(List.of(reservation.id(), Long.toString(reservation.expiresAt().toEpochMilli())));
        List<String> fields = List.of(
                "run_id", reservation.runId(), "team", reservation.team(), "principal_id", reservation.principalId(),
                "model", reservation.model(), "currency", reservation.currency(),
                "estimated_cost", Long.toString(reservation.estimatedCost()),
                "estimated_tokens", Long.toString(reservation.estimatedTokens()),
                "created_at", Long.toString(reservation.createdAt().toEpochMilli()),
                "expires_at", Long.toString(reservation.expiresAt().toEpochMilli()));
        args.add(Integer.toString(fields.size() / 2));
        args.addAll(fields);
        for (Charge charge : reservation.charges()) {
            scriptKeys.add(keys.counter(charge.counterKey()));
            args.add(charge.counterKey());
            args.add(Long.toString(charge.amount()));
            args.add(Long.toString(charge.limit().orElse(-1)));
            args.add(charge.unit().name().toLowerCase(Locale.ROOT));
            args.add(Long.toString(counterLifetime(charge, reservation).toMillis()));
        }
        long result = call("reserve", () -> RESERVE.run(redis, scriptKeys, args));
        if (result < 0) {
            throw new IllegalStateException("reservation " + reservation.id() + " exists already");
        }
        return result == 0 ? Admission.ADMITTED : new Admission.Refused(reservation.charges().get((int) result - 1));
    }

    @Override
    public boolean finish(Settlement settlement) {
        String ledger = keys.ledger(settlement.reservationId());
        // The counters a reservation charged never change, so reading them before the script is safe.
        List<String> counters = call("settle", () -> reads.counterNames(ledger));
        List<String> scriptKeys = new ArrayList<>(List.of(ledger, keys.open()));
        counters.forEach(name -> scriptKeys.add(keys.counter(name)));
        List<String> args = new ArrayList<>(List.of(settlement.reservationId(), settlement.state().label(),
                Long.toString(settlement.charged(Unit.MONEY)), Long.toString(settlement.charged(Unit.TOKENS)),
                Long.toString(settlement.charged(Unit.REQUESTS)), settlement.model(),
                Long.toString(settlement.at().toEpochMilli()), Long.toString(ledgerRetention.toMillis())));
        args.addAll(counters);
        return call("settle", () -> FINISH.run(redis, scriptKeys, args)) == 1;
    }

    @Override
    public int expire(Instant now, int max) {
        List<String> due = call("find expired reservations", () -> redis.zrange(keys.open(),
                ZRangeParams.zrangeByScoreParams(Double.NEGATIVE_INFINITY, now.toEpochMilli()).limit(0, max)));
        int expired = 0;
        for (String id : due) {
            if (LeaseRequest.isLease(id) ? endLease(id, 0, LedgerState.EXPIRED, now) : finish(Settlement.expire(id, now))) {
                expired++;
            }
        }
        return expired;
    }

    @Override
    public Map<String, CounterValue> counters(Collection<String> counterKeys) {
        Map<String, CounterValue> values = new HashMap<>();
        for (String key : counterKeys) {
            values.put(key, call("read counters", () -> reads.counter(key)));
        }
        return values;
    }

    @Override
    public CounterValue fromLedger(String counterKey) {
        return call("audit", () -> reads.fromLedger(counterKey));
    }

    @Override
    public LeaseGrant lease(LeaseRequest request) {
        return call("lease", () -> leases.lease(redis, request));
    }

    @Override
    public boolean endLease(String leaseId, long returned, Instant at) {
        return endLease(leaseId, returned, LedgerState.RELEASED, at);
    }

    @Override
    public void record(List<LeasedOutcome> outcomes) {
        if (!outcomes.isEmpty()) {
            call("record settlements", () -> {
                leases.record(redis, outcomes);
                return null;
            });
        }
    }

    private boolean endLease(String leaseId, long returned, LedgerState state, Instant at) {
        List<String> counters = call("return lease", () -> reads.counterNames(keys.ledger(leaseId)));
        return !counters.isEmpty() && call("return lease", () -> leases.end(redis, leaseId, counters.getFirst(), returned, state, at));
    }

    @Override
    public void close() {
        redis.close();
    }

    private Duration counterLifetime(Charge charge, Reservation reservation) {
        return leases.lifetime(charge, reservation.createdAt()).plus(
                reservation.expiresAt().isAfter(charge.resetsAt()) ? Duration.between(charge.resetsAt(), reservation.expiresAt()) : Duration.ZERO);
    }

    // No more callers than connections reach the pool: commons-pool2 spins while it waits for a
    // connection to be made, and on virtual threads those spinners can take every carrier from the
    // threads making the connections (seen here: two carriers, two hundred requests, no progress).
    private <T> T call(String operation, Supplier<T> command) {
        try {
            connections.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BudgetStoreException("budgets store: " + operation + " interrupted", e);
        }
        try {
            return command.get();
        } catch (JedisException e) {
            throw new BudgetStoreException("budgets store: " + operation + " failed: " + e.getMessage(), e);
        } finally {
            connections.release();
        }
    }
}
