package dev.aegis.pack.budgets.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** How the book admits: from leases in memory, all charges or none, else exactly by the store. */
class LeaseBookTest {

    private static final Instant NOW = Instant.parse("2025-01-15T12:00:30Z");

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final LeaseBook book = new LeaseBook(store, new LeaseSizer(Duration.ofSeconds(2), 4), Duration.ofMinutes(2));

    @Test
    void aColdCounterTakesALeaseAndLaterRequestsAreAdmittedWithoutTheStore() {
        List<Charge> charges = List.of(charge("roomy", 5, 1000));

        assertThat(book.admit(charges, NOW, this::noExactPath)).isInstanceOf(LeasedAdmission.Leased.class);
        long leased = store.totals.get("roomy");
        for (int i = 0; i < 5; i++) {
            assertThat(book.admit(charges, NOW, this::noExactPath)).isInstanceOf(LeasedAdmission.Leased.class);
        }

        assertThat(leased).isEqualTo(LeaseSizer.COLD_STEPS * 5);
        assertThat(store.totals.get("roomy")).as("no store work for admissions the lease holds").isEqualTo(leased);
    }

    @Test
    void aRequestWithSeveralChargesTakesFromEveryLeaseOrFromNone() {
        book.admit(List.of(charge("roomy", 5, 1000)), NOW, this::noExactPath);
        Lease roomy = book.slots().stream().filter(slot -> slot.counter.counterKey().equals("roomy")).findFirst().orElseThrow().lease();
        long before = roomy.available();

        // the other counter's room (10) is too small for a lease of two requests at a quarter of it
        List<Charge> both = List.of(charge("roomy", 5, 1000), charge("tight", 5, 10));
        LeasedAdmission admission = book.admit(both, NOW, () -> store.reserve(reservation(both)));

        assertThat(admission).isEqualTo(new LeasedAdmission.Exact(Admission.ADMITTED));
        assertThat(roomy.available()).as("nothing taken from the lease that had room").isEqualTo(before);
        assertThat(roomy.inFlight()).isEqualTo(1);
        assertThat(store.reservations).isEqualTo(1);
    }

    @Test
    void nearTheLimitTheStoreRefusesExactlyWhatDoesNotFit() {
        List<Charge> charges = List.of(charge("tight", 5, 10));

        assertThat(book.admit(charges, NOW, () -> store.reserve(reservation(charges)))).isEqualTo(new LeasedAdmission.Exact(Admission.ADMITTED));
        assertThat(book.admit(charges, NOW, () -> store.reserve(reservation(charges)))).isEqualTo(new LeasedAdmission.Exact(Admission.ADMITTED));
        assertThat(book.admit(charges, NOW, () -> store.reserve(reservation(charges))))
                .isInstanceOfSatisfying(LeasedAdmission.Exact.class, exact -> assertThat(exact.admission()).isInstanceOf(Admission.Refused.class));
    }

    @Test
    void theAdmissionRateIsSampledAsAnAmountPerSecond() {
        book.admit(List.of(charge("roomy", 5, 1000)), NOW, this::noExactPath);
        CounterSlot slot = book.slots().iterator().next();

        assertThat(slot.sampleRate(System.nanoTime() + 1_000_000_000L)).isBetween(2.5, 5.0); // 5 in about a second
    }

    private Admission noExactPath() {
        throw new AssertionError("the store's exact path was taken");
    }

    private static Charge charge(String key, long amount, long limit) {
        return new Charge(key, Unit.MONEY, amount, OptionalLong.of(limit), "limit " + key, "budget_exceeded", NOW.plus(Duration.ofDays(1)));
    }

    private static Reservation reservation(List<Charge> charges) {
        return new Reservation("r-" + System.nanoTime(), "run", "team", "key", "m", "USD", 5, 5, NOW, NOW.plus(Duration.ofMinutes(15)), charges);
    }
}
