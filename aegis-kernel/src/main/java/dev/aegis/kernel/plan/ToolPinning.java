package dev.aegis.kernel.plan;

/** What a route does with a tool definition it has never seen. A changed definition is always quarantined. */
public enum ToolPinning {
    /** Pin the definition as first seen and offer it; later changes wait for approval. */
    TRUST_FIRST_USE,
    /** Offer nothing until an operator approved the definition. */
    APPROVE_FIRST_USE
}
