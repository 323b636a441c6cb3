package dev.aegis.pack.budgets.store.jdbc;

import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Reservation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** One reservation, inside the caller's write transaction: lock, check, then write — or nothing. */
final class JdbcReserve {

    // The no-op update takes the row lock (PostgreSQL) and returns the committed values after any
    // writer before us, so the check below reads what no one else can change until we commit.
    static final String LOCK_COUNTER = """
            INSERT INTO budget_counters (counter_key, unit, spent, reserved, resets_at) VALUES (?, ?, 0, 0, ?)
            ON CONFLICT (counter_key) DO UPDATE SET resets_at = budget_counters.resets_at
            RETURNING spent, reserved""";
    private static final String ADD_RESERVED = "UPDATE budget_counters SET reserved = reserved + ? WHERE counter_key = ?";
    static final String INSERT_LEDGER = """
            INSERT INTO budget_ledger (reservation_id, run_id, team, principal_id, model, currency, state,
              estimated_cost, estimated_tokens, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_CHARGE =
            "INSERT INTO budget_charges (reservation_id, counter_key, unit, reserved) VALUES (?, ?, ?, ?)";

    private JdbcReserve() {}

    /** Throws {@link Refusal} to roll back when a charge does not fit. */
    static Admission reserve(Connection connection, Reservation reservation) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_COUNTER)) {
            for (Charge charge : reservation.charges()) {
                lock.setString(1, charge.counterKey());
                lock.setString(2, unit(charge));
                lock.setLong(3, charge.resetsAt().toEpochMilli());
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    if (!charge.fits(row.getLong(1), row.getLong(2))) {
                        throw new Refusal(charge);
                    }
                }
            }
        }
        try (PreparedStatement add = connection.prepareStatement(ADD_RESERVED)) {
            for (Charge charge : reservation.charges()) {
                add.setLong(1, charge.amount());
                add.setString(2, charge.counterKey());
                add.addBatch();
            }
            add.executeBatch();
        }
        try (PreparedStatement ledger = connection.prepareStatement(INSERT_LEDGER)) {
            ledger.setString(1, reservation.id());
            ledger.setString(2, reservation.runId());
            ledger.setString(3, reservation.team());
            ledger.setString(4, reservation.principalId());
            ledger.setString(5, reservation.model());
            ledger.setString(6, reservation.currency());
            ledger.setString(7, LedgerState.RESERVED.label());
            ledger.setLong(8, reservation.estimatedCost());
            ledger.setLong(9, reservation.estimatedTokens());
            ledger.setLong(10, reservation.createdAt().toEpochMilli());
            ledger.setLong(11, reservation.expiresAt().toEpochMilli());
            ledger.executeUpdate();
        }
        try (PreparedStatement charges = connection.prepareStatement(INSERT_CHARGE)) {
            for (Charge charge : reservation.charges()) {
                charges.setString(1, reservation.id());
                charges.setString(2, charge.counterKey());
                charges.setString(3, unit(charge));
                charges.setLong(4, charge.amount());
                charges.addBatch();
            }
            charges.executeBatch();
        }
        return Admission.ADMITTED;
    }

    static String unit(Charge charge) {
        return charge.unit().name().toLowerCase(Locale.ROOT);
    }

    /** Unwinds the transaction: a refusal must leave no trace, not even a new counter row. */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Charge charge;

        Refusal(Charge charge) {
            super(charge.description(), null, false, false);
            this.charge = charge;
        }

        Admission refused() {
            return new Admission.Refused(charge);
        }
    }
}
