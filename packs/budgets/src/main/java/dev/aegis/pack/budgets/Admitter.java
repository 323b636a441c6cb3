package dev.aegis.pack.budgets;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.pack.budgets.internal.ChargePlanner;
import dev.aegis.pack.budgets.internal.Money;
import dev.aegis.pack.budgets.internal.PendingRuns;
import dev.aegis.pack.budgets.internal.Price;
import dev.aegis.pack.budgets.internal.PriceTable;
import dev.aegis.pack.budgets.internal.TokenEstimate;
import dev.aegis.pack.budgets.internal.TokenEstimator;
import dev.aegis.pack.budgets.lease.LeaseBook;
import dev.aegis.pack.budgets.lease.LeasedAdmission;
import dev.aegis.pack.budgets.lease.LeasedRun;
import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Admits a run by reserving its most expensive outcome on every counter it is accounted on, or halts
 * it: against this gateway's leases in memory when it has them, else (exact mode, or near a limit)
 * by a reservation in the store.
 */
final class Admitter {

    static final String MODEL_NOT_PRICED = "model_not_priced";

    private final String source;
    private final String currency;
    private final PriceTable prices;
    private final TokenEstimator estimator;
    private final ChargePlanner planner;
    private final BudgetStore store;
    private final PendingRuns pending;
    private final Duration ttl;
    private final boolean enforceMaxTokens;
    private final Optional<LeaseBook> leases;
    private final long instance = UUID.randomUUID().getMostSignificantBits();
    private final AtomicLong sequence = new AtomicLong();

    Admitter(String source, BudgetsConfig config, PriceTable prices, ChargePlanner planner, BudgetStore store, PendingRuns pending,
            Optional<LeaseBook> leases) {
        this.leases = leases;
        this.source = source;
        this.currency = config.currency();
        this.prices = prices;
        this.estimator = new TokenEstimator(config.bytesPerToken(), config.defaultMaxOutputTokens(), config.maxOutputTokens());
        this.planner = planner;
        this.store = store;
        this.pending = pending;
        this.ttl = config.reservationTtl();
        this.enforceMaxTokens = config.enforceMaxTokens();
    }

    StateDelta admit(RunState state, Instant now) {
        Optional<PendingRuns.Pending> held = pending.get(state.runId());
        if (held.isPresent()) {
            // the node ran again for this run (a repeated stage): one reservation per run
            return StateDelta.of(BudgetsState.RESERVATION, held.get().reservationId());
        }
        Principal principal = state.principal().orElseThrow(() -> new IllegalStateException("a run without a principal cannot be accounted"));
        ChatOptions options = state.getOrDefault(RunState.CHAT_OPTIONS, ChatOptions.DEFAULTS);
        Optional<Price> price = prices.find(options.model());
        if (price.isEmpty()) {
            return StateDelta.empty().halt(new Halt.Refused(source, MODEL_NOT_PRICED, options.model().isEmpty()
                    ? "the request names no model, and the budget has no default-price for the provider's default model"
                    : "model '" + options.model() + "' has no price in the budget, and there is no default-price"));
        }
        TokenEstimate estimate = estimator.estimate(state.messages(), options);
        Money cost = price.get().cost(estimate.inputTokens(), estimate.outputTokens());
        Instant expiresAt = now.plus(ttl);
        Reservation reservation = new Reservation(nextId(), state.runId(), principal.team(), principal.id(),
                options.model(), currency, cost.nanos(), estimate.totalTokens(), now, expiresAt,
                planner.charges(principal, cost, estimate.totalTokens(), now));
        Optional<LeasedRun> leased = Optional.empty();
        Admission admission;
        if (leases.isPresent()) {
            switch (leases.get().admit(reservation.charges(), now, () -> store.reserve(reservation))) {
                case LeasedAdmission.Leased inMemory -> {
                    leased = Optional.of(new LeasedRun(reservation, inMemory.debits()));
                    admission = Admission.ADMITTED;
                }
                case LeasedAdmission.Exact exact -> admission = exact.admission();
            }
        } else {
            admission = store.reserve(reservation);
        }
        if (admission instanceof Admission.Refused refused) {
            return StateDelta.empty().halt(Halt.Refused.limit(source, refused.charge().refusalCode(),
                    refused.charge().description() + " is exhausted", refused.charge().resetsAt()));
        }
        pending.put(state.runId(), new PendingRuns.Pending(reservation.id(), options.model(), price.get(), cost, estimate.totalTokens(), expiresAt,
                leased));
        StateDelta delta = StateDelta.of(BudgetsState.RESERVATION, reservation.id())
                .event(new Event(now, source, BudgetsState.RESERVED_EVENT, "reserved up to " + cost.plain() + " " + currency, Map.of(
                        "reservation", reservation.id(),
                        "estimated_cost", cost.plain(),
                        "currency", currency,
                        "estimated_tokens", Long.toString(estimate.totalTokens()))));
        return enforceMaxTokens && !estimate.clientBound() ? delta.with(RunState.CHAT_OPTIONS, bounded(options, estimate)) : delta;
    }

    // Unique without SecureRandom per request (which serialises threads): this node's random half, and a sequence.
    private String nextId() {
        return new UUID(instance, sequence.incrementAndGet()).toString();
    }

    // Without a bound the model may answer past what was reserved; with this one it cannot.
    private static ChatOptions bounded(ChatOptions options, TokenEstimate estimate) {
        Map<String, String> parameters = new HashMap<>(options.parameters());
        parameters.put(estimate.outputParameter(), Long.toString(estimate.outputTokens()));
        return new ChatOptions(options.model(), options.tools(), parameters);
    }
}
