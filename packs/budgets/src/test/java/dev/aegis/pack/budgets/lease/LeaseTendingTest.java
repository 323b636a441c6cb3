package dev.aegis.pack.budgets.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the keeper does to leases as time passes: renew before they lapse, return them when their window ends. */
class LeaseTendingTest {

    private static final Instant NOW = Instant.parse("2025-01-15T12:00:30Z");
    private static final Charge MINUTE = new Charge("requests:minute:1:team:payments", Unit.REQUESTS, 1, OptionalLong.of(1000),
            "requests-per-minute limit of team payments", "rate_limited", NOW.plusSeconds(30));
    private static final Charge MONTH = new Charge("spend:month:2025-01:team:payments", Unit.MONEY, 5, OptionalLong.of(1000),
            "monthly spend limit of team payments", "budget_exceeded", Instant.parse("2025-02-01T00:00:00Z"));

    // the monotonic clock as it was before any admission: no rate observed, nothing idle, no refill
    private final long frozenNanos = System.nanoTime();
    private final FakeLeaseStore store = new FakeLeaseStore();
    private final LeaseBook book = new LeaseBook(store, new LeaseSizer(Duration.ofSeconds(2), 4), Duration.ofMinutes(2));
    private final AtomicInteger flushes = new AtomicInteger();
    private final LeaseTending tending = new LeaseTending(book, flushes::incrementAndGet);

    @Test
    void aLeaseIsReturnedWhenItsWindowEndsAfterTheSettledRunsAreWritten() {
        LeasedAdmission admitted = book.admit(List.of(MINUTE), NOW, LeaseTendingTest::noExactPath);
        Lease lease = ((LeasedAdmission.Leased) admitted).debits().getFirst().lease();

        tending.tend(NOW.plusSeconds(29), frozenNanos);
        assertThat(store.returned).isEmpty();

        tending.tend(NOW.plusSeconds(30), frozenNanos);
        assertThat(flushes.get()).isEqualTo(1);
        assertThat(store.returned).containsEntry(lease.id(), LeaseSizer.COLD_STEPS - 1L); // the run in flight keeps its request
        assertThat(book.slots()).isEmpty();
        assertThat(lease.tryDebit(1)).isFalse();
    }

    @Test
    void aLeaseCloseToLapsingIsRenewedAndOneFarFromItIsLeftAlone() {
        book.admit(List.of(MONTH), NOW, LeaseTendingTest::noExactPath);
        Lease lease = book.slots().iterator().next().lease();
        int taken = store.leaseRequests.size();

        tending.tend(NOW.plusSeconds(59), frozenNanos);
        assertThat(store.leaseRequests).hasSize(taken);

        tending.tend(NOW.plusSeconds(61), frozenNanos);
        LeaseRequest renewal = store.leaseRequests.getLast();
        assertThat(store.leaseRequests).hasSize(taken + 1);
        assertThat(renewal.leaseId()).isEqualTo(lease.id());
        assertThat(renewal.expiresAt()).isEqualTo(NOW.plusSeconds(61).plus(Duration.ofMinutes(2)));
        assertThat(lease.expiresAt()).isEqualTo(renewal.expiresAt());
    }

    @Test
    void returningEveryLeaseGivesBackWhatIsAvailable() {
        book.admit(List.of(MONTH), NOW, LeaseTendingTest::noExactPath);
        book.admit(List.of(MINUTE), NOW, LeaseTendingTest::noExactPath);

        tending.returnAll(NOW);

        assertThat(store.returned.values()).containsExactlyInAnyOrder((LeaseSizer.COLD_STEPS - 1) * 5L, LeaseSizer.COLD_STEPS - 1L);
        assertThat(book.slots()).allSatisfy(slot -> assertThat(slot.lease()).isNull());
    }

    private static Admission noExactPath() {
        throw new AssertionError("the store's exact path was taken");
    }
}
