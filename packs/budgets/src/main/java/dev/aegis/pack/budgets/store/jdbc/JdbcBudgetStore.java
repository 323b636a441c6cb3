package dev.aegis.pack.budgets.store.jdbc;

import dev.aegis.api.secret.Secret;
import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.LedgerAudit;
import dev.aegis.pack.budgets.store.LedgerRetention;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counters and ledger in SQL tables (see {@link Schema}): an SQLite file, or PostgreSQL. */
public final class JdbcBudgetStore implements BudgetStore, LedgerAudit, LedgerRetention {

    // Rate windows are worth nothing an hour after they closed; spend counters are kept for reports.
    private static final Duration RATE_WINDOW_RETENTION = Duration.ofHours(1);

    private final Transactions transactions;

    private JdbcBudgetStore(Transactions transactions) {
        this.transactions = transactions;
        transactions.write("create schema", connection -> Schema.create(connection, transactions.lockSchema()));
    }

    public static JdbcBudgetStore sqlite(Path file) {
        return new JdbcBudgetStore(new SqliteTransactions(file));
    }

    public static JdbcBudgetStore postgres(String jdbcUrl, Optional<String> user, Optional<Secret> password, int poolSize, String name) {
        return new JdbcBudgetStore(new PooledTransactions(jdbcUrl, user, password, poolSize, "aegis-budgets-" + name));
    }

    @Override
    public Admission reserve(Reservation reservation) {
        try {
            return transactions.write("reserve", connection -> JdbcReserve.reserve(connection, reservation));
        } catch (JdbcReserve.Refusal refusal) {
            return refusal.refused();
        }
    }

    @Override
    public boolean finish(Settlement settlement) {
        return transactions.write("settle", connection -> JdbcFinish.finish(connection, settlement, transactions.lockRows()));
    }

    @Override
    public int expire(Instant now, int max) {
        List<String> due = transactions.read("find expired reservations", connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT reservation_id FROM budget_ledger WHERE state = 'reserved' AND expires_at <= ? ORDER BY expires_at LIMIT ?")) {
                select.setLong(1, now.toEpochMilli());
                select.setInt(2, max);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getString(1));
                    }
                }
            }
            return ids;
        });
        int expired = 0;
        // one transaction each: a batch would lock counters out of key order and could deadlock
        for (String id : due) {
            if (LeaseRequest.isLease(id)
                    ? transactions.write("lapse lease", connection -> JdbcLeases.end(connection, id, 0, LedgerState.EXPIRED, now, transactions.lockRows()))
                    : finish(Settlement.expire(id, now))) {
                expired++;
            }
        }
        transactions.write("prune rate windows", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM budget_counters WHERE unit <> 'money' AND reserved = 0 AND resets_at < ?")) {
                delete.setLong(1, now.minus(RATE_WINDOW_RETENTION).toEpochMilli());
                return delete.executeUpdate();
            }
        });
        return expired;
    }

    // Two transactions, each short: counters first, so the ledger rows they leave unreferenced go next.
    @Override
    public int prune(Instant before, int max) {
        int counters = transactions.write("prune closed counters", connection -> JdbcPrune.counters(connection, before, max));
        return counters + transactions.write("prune the ledger", connection -> JdbcPrune.ledger(connection, before, max));
    }

    @Override
    public Map<String, CounterValue> counters(Collection<String> keys) {
        Map<String, CounterValue> values = new HashMap<>();
        keys.forEach(key -> values.put(key, CounterValue.ZERO));
        if (keys.isEmpty()) {
            return values;
        }
        String placeholders = String.join(", ", Collections.nCopies(keys.size(), "?"));
        return transactions.read("read counters", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT counter_key, spent, reserved, lapsed FROM budget_counters WHERE counter_key IN (" + placeholders + ")")) {
                int index = 1;
                for (String key : keys) {
                    select.setString(index++, key);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        values.put(row.getString(1), new CounterValue(row.getLong(2), row.getLong(3), row.getLong(4)));
                    }
                }
            }
            return values;
        });
    }

    @Override
    public CounterValue fromLedger(String counterKey) {
        return transactions.read("audit", connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT COALESCE(SUM(CASE WHEN l.state = 'reserved' THEN 0 ELSE c.charged END), 0),
                           COALESCE(SUM(CASE WHEN l.state = 'reserved' THEN c.reserved ELSE 0 END), 0),
                           COALESCE(SUM(CASE WHEN l.state <> 'reserved' AND l.reservation_id LIKE 'lease:%' THEN c.charged ELSE 0 END), 0)
                    FROM budget_charges c JOIN budget_ledger l ON l.reservation_id = c.reservation_id
                    WHERE c.counter_key = ?""")) {
                select.setString(1, counterKey);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new CounterValue(row.getLong(1), row.getLong(2), row.getLong(3));
                }
            }
        });
    }

    @Override
    public LeaseGrant lease(LeaseRequest request) {
        return transactions.write("lease", connection -> JdbcLeases.lease(connection, request, transactions.lockRows()));
    }

    @Override
    public boolean endLease(String leaseId, long returned, Instant at) {
        return transactions.write("return lease",
                connection -> JdbcLeases.end(connection, leaseId, returned, LedgerState.RELEASED, at, transactions.lockRows()));
    }

    @Override
    public void record(List<LeasedOutcome> outcomes) {
        if (!outcomes.isEmpty()) {
            transactions.write("record settlements", connection -> JdbcRecord.record(connection, outcomes, transactions.lockRows()));
        }
    }

    @Override
    public void close() {
        transactions.close();
    }
}
