package dev.aegis.pack.budgets;

import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Usage;
import dev.aegis.pack.budgets.internal.Money;
import dev.aegis.pack.budgets.internal.PendingRuns;
import dev.aegis.pack.budgets.internal.Price;
import dev.aegis.pack.budgets.internal.PriceTable;
import dev.aegis.pack.budgets.lease.LeaseKeeper;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Settlement;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Settles a run's reservation when the run ends, whatever the outcome:
 * <ul>
 *   <li>usage known (a completed run, or a stream cut after the provider reported usage): the real
 *       cost, priced at the model that answered, else at the price the run was admitted at;
 *   <li>completed without usage (a provider that reports none): the estimate — a model did answer,
 *       and the estimate is what was promised never to be exceeded;
 *   <li>otherwise (refused, paused, failed, aborted, or cut before any usage was known): released.
 * </ul>
 * A run that ends with usage but no reservation held here — paused and resumed after approval, here
 * or in another gateway, or one that outlived its reservation — is settled late by the reservation id
 * in its state, once. Only runs this node admitted are settled; the store makes settling twice a no-op.
 */
final class Settler {

    private static final Logger LOG = Logger.getLogger(Settler.class.getName());

    private final PriceTable prices;
    private final BudgetStore store;
    private final PendingRuns pending;
    private final Optional<LeaseKeeper> keeper;

    Settler(PriceTable prices, BudgetStore store, PendingRuns pending, Optional<LeaseKeeper> keeper) {
        this.keeper = keeper;
        this.prices = prices;
        this.store = store;
        this.pending = pending;
    }

    void settle(RunState state, Instant now) {
        Optional<PendingRuns.Pending> held = pending.take(state.runId());
        if (held.isPresent()) {
            Settlement settlement = settlement(state, held.get(), now);
            if (held.get().leased().isPresent()) {
                // what the run did not use is available again at once; the ledger row follows in a batch
                keeper.orElseThrow().submit(held.get().leased().get().end(settlement));
            } else {
                store.finish(settlement);
            }
        } else if (state.usage().totalTokens() > 0) {
            state.get(BudgetsState.RESERVATION).ifPresent(reservation -> settleLate(state, reservation, now));
        }
    }

    private void settleLate(RunState state, String reservationId, Instant now) {
        String requested = state.getOrDefault(RunState.CHAT_OPTIONS, ChatOptions.DEFAULTS).model();
        String model = state.get(RunState.MODEL).filter(name -> !name.isEmpty()).orElse(requested);
        Optional<Price> price = prices.listed(model).or(() -> prices.find(requested));
        if (price.isEmpty()) {
            LOG.warning(() -> "run " + state.runId() + " cannot be charged: neither model '" + model + "' nor '" + requested + "' has a price");
            return;
        }
        Usage usage = state.usage();
        // a run admitted here against a lease may have its released row still in the queue
        keeper.ifPresent(LeaseKeeper::flush);
        store.finish(new Settlement(reservationId, LedgerState.SETTLED,
                price.get().cost(usage.inputTokens(), usage.outputTokens()).nanos(), usage.totalTokens(), model, now));
    }

    private Settlement settlement(RunState state, PendingRuns.Pending held, Instant now) {
        Usage usage = state.usage();
        String model = state.get(RunState.MODEL).filter(name -> !name.isEmpty()).orElse(held.requestedModel());
        if (usage.totalTokens() > 0) {
            Price price = prices.listed(model).orElse(held.price());
            Money cost = price.cost(usage.inputTokens(), usage.outputTokens());
            return new Settlement(held.reservationId(), LedgerState.SETTLED, cost.nanos(), usage.totalTokens(), model, now);
        }
        if (completed(state)) {
            return new Settlement(held.reservationId(), LedgerState.SETTLED, held.estimate().nanos(), held.estimatedTokens(), model, now);
        }
        return Settlement.release(held.reservationId(), now);
    }

    private static boolean completed(RunState state) {
        return state.halt().isEmpty() && state.get(RunState.FINISH_REASON).isPresent();
    }
}
