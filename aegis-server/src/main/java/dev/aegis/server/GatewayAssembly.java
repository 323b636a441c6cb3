package dev.aegis.server;

import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RouteCompiler;
import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.durable.DurableOptions;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.store.PrivateFiles;
import dev.aegis.runtime.store.StoreConfig;
import dev.aegis.server.internal.ApprovalDesk;
import dev.aegis.server.internal.Gateway;
import dev.aegis.server.internal.RunDocuments;
import dev.aegis.server.internal.RunRecorder;
import dev.aegis.server.internal.RunStore;
import dev.aegis.server.internal.ToolPinDesk;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The gateway, built once for every interface that serves it (HTTP, MCP over HTTP, MCP over stdio):
 * the state store opened, the audit log, every route compiled with the one run-end sink that
 * records each run (audit, run store, durable documents). Interfaces only translate between their
 * protocol and runs.
 */
public final class GatewayAssembly implements AutoCloseable {

    /**
     * The sections of {@code aegis.yaml} the gateway's interfaces own, to register with the kernel
     * ({@code KernelOptions.withSections}) so that one file validates whichever interface loads it.
     */
    public static final Map<String, Class<? extends Record>> SECTIONS = Map.of(
            AegisServer.SECTION, ServerConfig.class, AegisServer.STATE, StoreConfig.class, AegisServer.AUDIT, AuditConfig.class,
            AegisServer.APPROVALS, ApprovalsConfig.class, ObservabilityConfig.SECTION, ObservabilityConfig.class,
            PrivacyConfig.SECTION, PrivacyConfig.class, VectorStoreApiConfig.SECTION, VectorStoreApiConfig.class,
            RetentionConfig.SECTION, RetentionConfig.class);

    private final Assembly assembly;
    private final DurableStore store;
    private final Optional<AuditLog> audit;
    private final RunRecorder recorder;
    private final Gateway gateway;
    private final ApprovalsConfig approvals;
    private final RouteCompiler compiler;

    private GatewayAssembly(Assembly assembly, DurableStore store, Optional<AuditLog> audit, RunRecorder recorder, Gateway gateway,
            ApprovalsConfig approvals, RouteCompiler compiler) {
        this.compiler = compiler;
        this.assembly = assembly;
        this.store = store;
        this.audit = audit;
        this.recorder = recorder;
        this.gateway = gateway;
        this.approvals = approvals;
    }

    /**
     * @param server the server section, as the interface was started with it
     * @param instrument what the interface adds to the route compiler (telemetry), or nothing
     * @throws ConfigException when no authenticator is configured: the gateway never serves anonymously
     */
    public static GatewayAssembly build(Assembly assembly, ServerConfig server, UnaryOperator<RouteCompiler> instrument) {
        if (assembly.authenticators().isEmpty()) {
            throw ConfigException.of("auth", "configure at least one authenticator: the gateway answers 401 to requests nobody authenticated");
        }
        ApprovalsConfig approvals = assembly.sectionOr(AegisServer.APPROVALS, ApprovalsConfig.class, ApprovalsConfig.DEFAULTS);
        AuditConfig auditConfig = assembly.sectionOr(AegisServer.AUDIT, AuditConfig.class, AuditConfig.DEFAULTS);
        // Before anything is opened: files an older version, or a hand, left readable by others are closed to them.
        PrivateFiles.tighten(assembly.dataDirectory());
        DurableStore store = DurableStore.open(assembly.sectionOr(AegisServer.STATE, StoreConfig.class, StoreConfig.DEFAULTS),
                assembly.dataDirectory(), Clock.systemUTC(), DurableOptions.defaults().withExpireAfter(approvals.expireAfter()).withApprovalPolicy(approvals.policy()));
        try {
            Optional<AuditLog> audit = auditConfig.enabled() ? Optional.of(AuditLog.open(store.database(), auditConfig.chain())) : Optional.empty();
            RunRecorder recorder = new RunRecorder(new RunStore(server.keptRuns()), audit, Optional.of(new RunDocuments(store)), approvals.revealRole());
            RouteCompiler compiler = instrument.apply(new RouteCompiler().withDurability(store).withRunSink(recorder));
            Map<String, CompiledRoute> routes = compile(compiler, assembly);
            return new GatewayAssembly(assembly, store, audit, recorder, new Gateway(routes, assembly.authenticators()), approvals, compiler);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Compiles the routes of another load of the file, with the store, run sink and telemetry of this
     * gateway, without serving them yet: what a reload validates before it {@link #serve}s them.
     *
     * @throws ConfigException when no authenticator is configured
     * @throws IllegalArgumentException when a route's graph does not compile
     */
    public Map<String, CompiledRoute> compile(Assembly next) {
        if (next.authenticators().isEmpty()) {
            throw ConfigException.of("auth", "configure at least one authenticator: the gateway answers 401 to requests nobody authenticated");
        }
        return compile(compiler, next);
    }

    /** Serves {@code routes}, compiled from {@code next}, to every request from now on, and tells its plugins. */
    public void serve(Assembly next, Map<String, CompiledRoute> routes) {
        gateway.swap(routes, next.authenticators());
        next.hooks().startup(List.copyOf(routes.keySet()));
    }

    private static Map<String, CompiledRoute> compile(RouteCompiler compiler, Assembly assembly) {
        Map<String, CompiledRoute> routes = new LinkedHashMap<>();
        for (RoutePlan plan : assembly.routes().values()) {
            routes.put(plan.name(), compiler.compile(plan, assembly.hooks()));
        }
        return routes;
    }

    /** Tells the plugins the gateway is about to serve. */
    public void started() {
        assembly.hooks().startup(List.copyOf(gateway.routeNames()));
    }

    public DurableStore store() {
        return store;
    }

    public Optional<AuditLog> audit() {
        return audit;
    }

    public RunRecorder recorder() {
        return recorder;
    }

    public Gateway gateway() {
        return gateway;
    }

    public ApprovalsConfig approvals() {
        return approvals;
    }

    /** What approvers may do (list, view, decide), for every interface that lets them. */
    public ApprovalDesk approvalDesk() {
        return new ApprovalDesk(gateway, store.approvals(), recorder, approvals.role(), approvals.revealRole());
    }

    /** What approvers may do with tool definitions, for every interface that lets them. */
    public ToolPinDesk toolPinDesk() {
        return new ToolPinDesk(store.toolPins(), recorder, approvals.role());
    }

    /** Writes the audit records still queued, then closes the store. */
    @Override
    public void close() {
        audit.ifPresent(AuditLog::close);
        store.close();
    }
}
