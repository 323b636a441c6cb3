package dev.aegis.pack.budgets.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.CounterValue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaUpgradeTest {

    @Test
    void aDatabaseMadeBeforeLeasesGainsTheLapsedColumnAndKeepsItsCounters(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("budgets.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE budget_counters (counter_key TEXT PRIMARY KEY, unit TEXT NOT NULL, spent BIGINT NOT NULL,
                      reserved BIGINT NOT NULL, resets_at BIGINT NOT NULL)""");
            statement.execute("INSERT INTO budget_counters VALUES ('spend:month:2025-01:team:payments', 'money', 7, 3, 0)");
        }

        try (BudgetStore store = JdbcBudgetStore.sqlite(file)) {
            assertThat(store.counters(List.of("spend:month:2025-01:team:payments")))
                    .containsEntry("spend:month:2025-01:team:payments", new CounterValue(7, 3, 0));
        }
        try (BudgetStore again = JdbcBudgetStore.sqlite(file)) {
            assertThat(again.counters(List.of("spend:month:2025-01:team:payments")).values()).containsExactly(new CounterValue(7, 3, 0));
        }
    }

    @Test
    void aLedgerMadeBeforeGroupCommitsSummedRunsGainsTheRunsColumnCountingOneForEachOldRow(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("budgets.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            String older = Schema.STATEMENTS.get(1).replaceAll(",\\s*runs\\s+BIGINT NOT NULL DEFAULT 1", "");
            assertThat(older).doesNotContain("runs");
            statement.execute(older);
            statement.execute("INSERT INTO budget_ledger (reservation_id, run_id, team, principal_id, model, currency, state, estimated_cost,"
                    + " estimated_tokens, created_at, expires_at) VALUES ('r', 'run', 't', 'k', 'm', 'USD', 'released', 1, 1, 0, 0)");
        }

        JdbcBudgetStore.sqlite(file).close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT runs FROM budget_ledger WHERE reservation_id = 'r'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).isEqualTo(1);
        }
    }
}
