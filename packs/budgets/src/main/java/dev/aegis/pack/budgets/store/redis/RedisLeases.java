package dev.aegis.pack.budgets.store.redis;

import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import redis.clients.jedis.UnifiedJedis;

/** Leases and the group commit of leased runs, as Lua scripts (see {@code lease.lua}, {@code endlease.lua}, {@code record.lua}). */
final class RedisLeases {

    private static final RedisScript LEASE = RedisScript.load("lease.lua");
    private static final RedisScript END = RedisScript.load("endlease.lua");
    private static final RedisScript RECORD = RedisScript.load("record.lua");

    private final RedisKeys keys;
    private final Duration ledgerRetention;
    private final Duration rateWindowRetention;

    RedisLeases(RedisKeys keys, Duration ledgerRetention, Duration rateWindowRetention) {
        this.keys = keys;
        this.ledgerRetention = ledgerRetention;
        this.rateWindowRetention = rateWindowRetention;
    }

    LeaseGrant lease(UnifiedJedis redis, LeaseRequest request) {
        Charge charge = request.charge();
        long granted = LEASE.run(redis, List.of(keys.ledger(request.leaseId()), keys.open(), keys.counter(charge.counterKey())), List.of(
                request.leaseId(), charge.counterKey(), unit(charge), Long.toString(charge.limit().getAsLong()),
                Long.toString(request.wanted()), Long.toString(request.step()), Integer.toString(request.share()),
                Integer.toString(LeaseRequest.MINIMUM_STEPS), Long.toString(request.now().toEpochMilli()),
                Long.toString(request.expiresAt().toEpochMilli()), Long.toString(lifetime(charge, request.now()).toMillis())));
        return granted < 0 ? LeaseGrant.LAPSED : new LeaseGrant(granted, true);
    }

    boolean end(UnifiedJedis redis, String leaseId, String counterKey, long returned, LedgerState state, Instant at) {
        return END.run(redis, List.of(keys.ledger(leaseId), keys.open(), keys.counter(counterKey)), List.of(leaseId, counterKey,
                Long.toString(returned), state.label(), Long.toString(at.toEpochMilli()), Long.toString(ledgerRetention.toMillis()))) == 1;
    }

    void record(UnifiedJedis redis, List<LeasedOutcome> outcomes) {
        List<String> scriptKeys = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(Long.toString(ledgerRetention.toMillis())));
        for (LeasedOutcome outcome : outcomes) {
            Reservation admitted = outcome.admitted();
            Settlement settlement = outcome.settlement();
            String ledger = keys.ledger(admitted.id());
            scriptKeys.add(ledger);
            List<String> fields = List.of("state", settlement.state().label(), "run_id", admitted.runId(), "team", admitted.team(),
                    "principal_id", admitted.principalId(), "model", admitted.model(), "currency", admitted.currency(),
                    "estimated_cost", Long.toString(admitted.estimatedCost()), "estimated_tokens", Long.toString(admitted.estimatedTokens()),
                    "actual_cost", Long.toString(settlement.cost()), "actual_tokens", Long.toString(settlement.tokens()),
                    "settled_model", settlement.model(), "created_at", Long.toString(admitted.createdAt().toEpochMilli()),
                    "expires_at", Long.toString(admitted.expiresAt().toEpochMilli()), "ended_at", Long.toString(settlement.at().toEpochMilli()),
                    "runs", Integer.toString(outcome.runs()));
            args.add(admitted.id());
            args.add(Integer.toString(fields.size() / 2));
            args.addAll(fields);
            args.add(Integer.toString(admitted.charges().size()));
            for (Charge charge : admitted.charges()) {
                String lease = outcome.leaseByCounter().getOrDefault(charge.counterKey(), "");
                scriptKeys.add(keys.counter(charge.counterKey()));
                scriptKeys.add(lease.isEmpty() ? ledger : keys.ledger(lease));
                args.addAll(List.of(charge.counterKey(), unit(charge), Long.toString(charge.amount()),
                        Long.toString(outcome.charged(charge.unit())), lease, Long.toString(lifetime(charge, admitted.createdAt()).toMillis())));
            }
        }
        RECORD.run(redis, scriptKeys, args);
    }

    // Relative, not an instant: Redis expires keys by its own clock, which need not be the gateway's.
    Duration lifetime(Charge charge, Instant now) {
        Instant end = charge.resetsAt().isAfter(now) ? charge.resetsAt() : now;
        return Duration.between(now, end).plus(charge.unit() == Unit.MONEY ? ledgerRetention : rateWindowRetention);
    }

    private static String unit(Charge charge) {
        return charge.unit().name().toLowerCase(Locale.ROOT);
    }
}
