package dev.aegis.pack.budgets.store;

import dev.aegis.api.AegisException;

/**
 * The store could not be reached or refused a transaction. Thrown from the node, it fails the run
 * closed unless the step says {@code on-error: allow}. Messages name the operation, never credentials.
 */
public final class BudgetStoreException extends AegisException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "budget_store_unavailable";

    public BudgetStoreException(String message, Throwable cause) {
        super(CODE, message, cause);
    }
}
