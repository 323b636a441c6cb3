package dev.aegis.pack.budgets.store;

/** What a counter counts. */
public enum Unit {
    /** Nano-units of the configured currency. */
    MONEY,
    TOKENS,
    REQUESTS
}
