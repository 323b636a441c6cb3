package dev.aegis.client;

/**
 * The Aegis native API: governed runs, approvals, the audit log, budgets, tool pins, routes, models
 * and collections. {@code AegisClient} speaks it to a gateway over HTTP; an embedded gateway can
 * implement it in-process. Errors are {@link dev.aegis.client.error.AegisException}s.
 */
public interface Aegis extends AutoCloseable {

    RunsApi runs();

    ApprovalsApi approvals();

    AuditApi audit();

    BudgetsApi budgets();

    ToolPinsApi toolPins();

    RoutesApi routes();

    ModelsApi models();

    CollectionsApi collections();

    /** Releases what the implementation holds (connections, an embedded gateway); idempotent. */
    @Override
    void close();
}
