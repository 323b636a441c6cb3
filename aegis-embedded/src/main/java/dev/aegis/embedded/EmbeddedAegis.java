package dev.aegis.embedded;

import dev.aegis.api.auth.Principal;
import dev.aegis.client.Aegis;
import dev.aegis.client.ApprovalsApi;
import dev.aegis.client.AuditApi;
import dev.aegis.client.BudgetsApi;
import dev.aegis.client.CollectionsApi;
import dev.aegis.client.ModelsApi;
import dev.aegis.client.RoutesApi;
import dev.aegis.client.RunsApi;
import dev.aegis.client.ToolPinsApi;
import dev.aegis.client.error.AuthenticationException;
import dev.aegis.embedded.internal.Caller;
import dev.aegis.embedded.internal.EmbeddedApprovals;
import dev.aegis.embedded.internal.EmbeddedAudit;
import dev.aegis.embedded.internal.EmbeddedBudgets;
import dev.aegis.embedded.internal.EmbeddedGateway;
import dev.aegis.embedded.internal.EmbeddedModels;
import dev.aegis.embedded.internal.EmbeddedRoutes;
import dev.aegis.embedded.internal.EmbeddedRuns;
import dev.aegis.embedded.internal.EmbeddedToolPins;
import dev.aegis.embedded.internal.Errors;
import dev.aegis.embedded.internal.NoCollections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gateway inside this JVM, behind the SDK's {@link Aegis} interface: runs, approvals, the audit
 * log, budgets, tool pins, routes and models, with the server's pipeline, audit records, budgets and
 * durable approvals, and no HTTP hop. Load one with {@link AegisEmbedded}; act as a principal with
 * {@link #as(String)} (an API key the configured authenticators know) or {@link #as(Principal)}.
 *
 * <p>The gateway loaded is the one to {@link #close()}; the views {@code as(...)} returns share it, and
 * closing a view releases nothing. Collections are not served in-process ({@link CollectionsApi}'s
 * methods throw {@link UnsupportedOperationException}).
 */
public final class EmbeddedAegis implements Aegis {

    private final EmbeddedGateway gateway;
    private final boolean owner;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final RunsApi runs;
    private final ApprovalsApi approvals;
    private final AuditApi audit;
    private final BudgetsApi budgets;
    private final ToolPinsApi toolPins;
    private final RoutesApi routes;
    private final ModelsApi models;
    private final CollectionsApi collections = new NoCollections();

    EmbeddedAegis(EmbeddedGateway gateway, Optional<Principal> principal, boolean owner) {
        this.gateway = gateway;
        this.owner = owner;
        Caller caller = new Caller(principal);
        var built = gateway.assembly();
        this.runs = new EmbeddedRuns(gateway, caller);
        this.approvals = new EmbeddedApprovals(gateway.approvals(), caller);
        this.audit = new EmbeddedAudit(built.audit(), caller);
        this.budgets = new EmbeddedBudgets(Optional.ofNullable(gateway.kernelAssembly().resources().get("budgets")), caller);
        this.toolPins = new EmbeddedToolPins(gateway.toolPins(), caller);
        this.routes = new EmbeddedRoutes(built.gateway(), caller);
        this.models = new EmbeddedModels(built.gateway(), caller);
    }

    /**
     * This gateway, acting as the principal the configured authenticators resolve from {@code apiKey}
     * (as if it came in {@code Authorization: Bearer}), so policies, budgets and audit records see a real principal.
     *
     * @throws AuthenticationException ({@code invalid_api_key}) when no authenticator knows the key
     */
    public EmbeddedAegis as(String apiKey) {
        Principal principal = gateway.authenticate(apiKey).orElseThrow(() -> (AuthenticationException) Errors.unauthenticated());
        return new EmbeddedAegis(gateway, Optional.of(principal), false);
    }

    /** This gateway, acting as {@code principal}: the application vouches for who it is, no authenticator is asked. */
    public EmbeddedAegis as(Principal principal) {
        return new EmbeddedAegis(gateway, Optional.of(principal), false);
    }

    @Override
    public RunsApi runs() {
        return runs;
    }

    @Override
    public ApprovalsApi approvals() {
        return approvals;
    }

    @Override
    public AuditApi audit() {
        return audit;
    }

    @Override
    public BudgetsApi budgets() {
        return budgets;
    }

    @Override
    public ToolPinsApi toolPins() {
        return toolPins;
    }

    @Override
    public RoutesApi routes() {
        return routes;
    }

    @Override
    public ModelsApi models() {
        return models;
    }

    @Override
    public CollectionsApi collections() {
        return collections;
    }

    /** Closes the gateway (audit records still queued are written, the store and plugins closed) when this is the one loaded. */
    @Override
    public void close() {
        if (owner && closed.compareAndSet(false, true)) {
            gateway.close();
        }
    }
}
