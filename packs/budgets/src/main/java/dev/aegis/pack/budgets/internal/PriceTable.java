package dev.aegis.pack.budgets.internal;

import java.util.Map;
import java.util.Optional;

/**
 * Prices by model name. A provider often answers with a dated snapshot of the model asked for
 * ({@code gpt-4o-mini-2024-07-18}): it takes the price of the longest configured name it extends
 * with a {@code -}, so {@code gpt-4o-mini} wins over {@code gpt-4o}.
 */
public final class PriceTable {

    private final Map<String, Price> prices;
    private final Optional<Price> fallback;

    public PriceTable(Map<String, Price> prices, Optional<Price> fallback) {
        this.prices = Map.copyOf(prices);
        this.fallback = fallback;
    }

    /** The model's own price, without the fallback. */
    public Optional<Price> listed(String model) {
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Price exact = prices.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (String name : prices.keySet()) {
            if (model.startsWith(name + "-") && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best).map(prices::get);
    }

    /** The model's price, else the configured default price, else empty: the request is not priced. */
    public Optional<Price> find(String model) {
        return listed(model).or(() -> fallback);
    }
}
