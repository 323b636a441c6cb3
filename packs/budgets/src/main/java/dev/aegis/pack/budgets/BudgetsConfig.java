package dev.aegis.pack.budgets;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code budgets} node's configuration.
 *
 * @param currency what every price and spend limit is expressed in; {@code USD} by default
 * @param prices per model, per one million tokens; a dated snapshot ({@code gpt-4o-mini-2024-07-18})
 *     takes the price of its longest configured prefix followed by {@code -}
 * @param defaultPrice for models {@code prices} does not name; when absent such requests are
 *     refused with {@code model_not_priced}, so nothing unpriced slips through
 * @param limits spend, request and token limits per team and per key (principal id)
 * @param defaultMaxOutputTokens the output the estimate assumes when a request sets no
 *     {@code max_tokens}/{@code max_completion_tokens}; 4096 by default
 * @param maxOutputTokens the most output any estimate assumes; 16384 by default
 * @param enforceMaxTokens writes the assumed output into the request's {@code max_tokens} (or
 *     {@code max_completion_tokens} when the client used it), so the model cannot answer past the
 *     reservation; true by default
 * @param bytesPerToken the input estimate is UTF-8 bytes divided by this, rounded up; 3 by default
 *     (an upper bound for ordinary text; 1 is a bound for any text)
 * @param timeZone where days and months begin; {@code UTC} by default
 * @param reservationTtl after this a reservation that was never settled (a crash) is released; 15m
 * @param sweepInterval how often expired reservations are looked for; 30s
 * @param store where counters and the ledger live; an SQLite file by default
 * @param leases admit in memory against leases this gateway takes from the store (true by default);
 *     false reserves every request in the store (exact mode: a store transaction per request)
 * @param leaseTtl a lease this gateway does not renew in time (it crashed) lapses after this, and
 *     the sweep charges what it still held as lapsed; 2m
 * @param leaseHorizon a lease holds about this long of this gateway's recent traffic; 2s
 * @param retention for the {@code sqlite} and {@code postgres} stores: counters whose period closed longer
 *     ago than this, and ended ledger rows of those counters, are removed; kept for ever by default (the
 *     {@code redis} store expires its keys after {@code store.ledger-retention} instead)
 */
public record BudgetsConfig(
        @NotBlank String currency,
        Map<String, PriceConfig> prices,
        Optional<PriceConfig> defaultPrice,
        LimitsConfig limits,
        @Positive Integer defaultMaxOutputTokens,
        @Positive Integer maxOutputTokens,
        Boolean enforceMaxTokens,
        @Positive Integer bytesPerToken,
        String timeZone,
        Duration reservationTtl,
        Duration sweepInterval,
        StoreConfig store,
        Boolean leases,
        Duration leaseTtl,
        Duration leaseHorizon,
        Optional<Duration> retention) {

    public BudgetsConfig {
        currency = currency == null ? "USD" : currency;
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        defaultPrice = defaultPrice == null ? Optional.empty() : defaultPrice;
        limits = limits == null ? LimitsConfig.NONE : limits;
        defaultMaxOutputTokens = defaultMaxOutputTokens == null ? 4096 : defaultMaxOutputTokens;
        maxOutputTokens = maxOutputTokens == null ? 16384 : maxOutputTokens;
        enforceMaxTokens = enforceMaxTokens == null || enforceMaxTokens;
        bytesPerToken = bytesPerToken == null ? 3 : bytesPerToken;
        timeZone = timeZone == null ? "UTC" : timeZone;
        reservationTtl = reservationTtl == null ? Duration.ofMinutes(15) : reservationTtl;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
        store = store == null ? StoreConfig.SQLITE : store;
        leases = leases == null || leases;
        leaseTtl = leaseTtl == null ? Duration.ofMinutes(2) : leaseTtl;
        leaseHorizon = leaseHorizon == null ? Duration.ofSeconds(2) : leaseHorizon;
        retention = retention == null ? Optional.empty() : retention;
        if (retention.filter(kept -> kept.isNegative() || kept.isZero()).isPresent()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        if (retention.isPresent() && store.type() == StoreConfig.Type.REDIS) {
            throw new IllegalArgumentException("retention is for the sqlite and postgres stores; the redis store keeps its ledger for store.ledger-retention");
        }
        if (defaultMaxOutputTokens > maxOutputTokens) {
            throw new IllegalArgumentException("default-max-output-tokens (" + defaultMaxOutputTokens
                    + ") must not exceed max-output-tokens (" + maxOutputTokens + ")");
        }
        if (reservationTtl.isNegative() || reservationTtl.isZero() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("reservation-ttl and sweep-interval must be positive");
        }
        if (leaseHorizon.isNegative() || leaseHorizon.isZero() || leaseTtl.compareTo(leaseHorizon.multipliedBy(4)) < 0) {
            throw new IllegalArgumentException("lease-horizon must be positive, and lease-ttl at least four times lease-horizon");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time-zone: unknown time zone '" + timeZone + "'");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** A price per one million tokens, in the configured currency. */
    public record PriceConfig(@NotNull @DecimalMin("0") BigDecimal input, @NotNull @DecimalMin("0") BigDecimal output) {}
}
