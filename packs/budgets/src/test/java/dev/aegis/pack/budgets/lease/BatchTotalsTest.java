package dev.aegis.pack.budgets.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BatchTotalsTest {

    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");

    @Test
    void settledRunsOfOneTeamKeyAndModelBecomeOneRowHoldingTheirSumsAndCount() {
        List<LeasedOutcome> rows = BatchTotals.of(List.of(settled("a", "alice", 10, 4), settled("b", "alice", 20, 6), settled("c", "alice", 5, 1)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.runs()).isEqualTo(3);
            assertThat(row.admitted().id()).startsWith(BatchTotals.PREFIX);
            assertThat(row.admitted().estimatedCost()).isEqualTo(300);
            assertThat(row.settlement().cost()).isEqualTo(35);
            assertThat(row.settlement().tokens()).isEqualTo(11);
            assertThat(row.charged(Unit.MONEY)).isEqualTo(35);
            assertThat(row.charged(Unit.REQUESTS)).isEqualTo(3);
            assertThat(row.admitted().charges()).extracting(Charge::amount).containsExactly(300L, 3L);
            assertThat(row.leaseByCounter()).isEqualTo(Map.of("money", "lease:m", "requests", "lease:r"));
        });
    }

    @Test
    void aReleasedRunKeepsItsOwnRowSoALateSettlementFindsItAndOtherKeysAreSummedApart() {
        LeasedOutcome released = outcome("paused", "alice", Settlement.release("paused", NOW));
        List<LeasedOutcome> rows = BatchTotals.of(List.of(settled("a", "alice", 10, 4), released, settled("b", "bob", 20, 6),
                settled("c", "bob", 1, 1)));

        assertThat(rows).hasSize(3).contains(released);
        assertThat(rows).filteredOn(row -> row.admitted().principalId().equals("alice") && row.runs() == 1)
                .extracting(row -> row.admitted().id()).containsExactlyInAnyOrder("a", "paused");
        assertThat(rows).filteredOn(row -> row.admitted().principalId().equals("bob")).singleElement()
                .satisfies(row -> assertThat(row.charged(Unit.MONEY)).isEqualTo(21));
    }

    private static LeasedOutcome settled(String id, String key, long cost, long tokens) {
        return outcome(id, key, new Settlement(id, LedgerState.SETTLED, cost, tokens, "m", NOW));
    }

    private static LeasedOutcome outcome(String id, String key, Settlement settlement) {
        Reservation admitted = new Reservation(id, "run-" + id, "payments", key, "m", "USD", 100, 50, NOW, NOW.plusSeconds(900), List.of(
                new Charge("money", Unit.MONEY, 100, OptionalLong.of(1000), "limit", "budget_exceeded", NOW.plusSeconds(3600)),
                new Charge("requests", Unit.REQUESTS, 1, OptionalLong.of(10), "rpm", "rate_limited", NOW.plusSeconds(60))));
        return new LeasedOutcome(admitted, settlement, Map.of("money", "lease:m", "requests", "lease:r"));
    }
}
