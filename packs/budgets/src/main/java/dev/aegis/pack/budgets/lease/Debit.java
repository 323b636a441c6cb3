package dev.aegis.pack.budgets.lease;

/** What one admission took from one lease: its estimate on that counter. */
public record Debit(Lease lease, long amount) {}
