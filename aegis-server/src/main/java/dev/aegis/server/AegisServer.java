package dev.aegis.server;

import dev.aegis.api.telemetry.GaugeSource;
import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.internal.Admission;
import dev.aegis.server.internal.Generations;
import dev.aegis.server.internal.ReloadHandler;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.retention.RetentionSweeper;
import dev.aegis.server.connections.SlowClients;
import dev.aegis.server.internal.ApprovalExpiry;
import dev.aegis.server.internal.ApprovalsHandler;
import dev.aegis.server.internal.AuditHandler;
import dev.aegis.server.internal.PausedWait;
import dev.aegis.server.internal.RunRecorder;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.CatalogHandlers;
import dev.aegis.server.internal.ChatCompletionsHandler;
import dev.aegis.server.internal.EmbeddingsHandler;
import dev.aegis.server.internal.Gateway;
import dev.aegis.server.internal.Health;
import dev.aegis.server.connections.Http1Connections;
import dev.aegis.server.internal.RequestBodies;
import dev.aegis.server.internal.RequestParameters;
import dev.aegis.server.internal.RetentionSweeps;
import dev.aegis.server.internal.ResourceHandler;
import dev.aegis.server.internal.RunsHandler;
import dev.aegis.server.internal.ServerErrors;
import dev.aegis.server.internal.ToolPinsHandler;
import dev.aegis.server.telemetry.Telemetry;
import dev.aegis.server.mcp.GatewayTools;
import dev.aegis.server.mcp.McpEndpoint;
import dev.aegis.server.vectors.VectorStoreApi;
import io.helidon.webserver.WebServer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The gateway's HTTP face: the OpenAI-compatible API, the native API, health and the API
 * description, on Helidon SE (a virtual thread per request, so the pipeline stays plain blocking code).
 */
public final class AegisServer implements AutoCloseable {

    /** The section of {@code aegis.yaml} this server owns. */
    public static final String SECTION = "server";
    public static final String STATE = "state";
    public static final String AUDIT = "audit";

    public static final String APPROVALS = "approvals";

    /** The sections of {@code aegis.yaml} the server owns, to register with the kernel: {@link GatewayAssembly#SECTIONS}. */
    public static final java.util.Map<String, Class<? extends Record>> SECTIONS = GatewayAssembly.SECTIONS;

    private static final java.util.Set<String> BUILT_IN = java.util.Set.of("chat", "embeddings", "models", "routes", "runs", "approvals", "audit", "tool-pins", "files",
            "vector_stores");

    private static final Logger LOG = Logger.getLogger(AegisServer.class.getName());

    private final WebServer webServer;
    private final Health health;
    private final GatewayAssembly built;
    private final Thread expiry;
    private final Optional<Thread> retention;
    private final McpEndpoint mcp;
    private final Telemetry telemetry;
    private final SlowClients slowClients;
    private final VectorStoreApi vectors;
    private final Generations<Kernel> generations;
    private final Admission admission;
    private final Optional<ConfigReloads> reloads;
    private final Duration drainTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AegisServer(WebServer webServer, Health health, GatewayAssembly built, Thread expiry, Optional<Thread> retention, McpEndpoint mcp,
            Telemetry telemetry, SlowClients slowClients, VectorStoreApi vectors, Generations<Kernel> generations, Admission admission,
            Optional<ConfigReloads> reloads, Duration drainTimeout) {
        this.generations = generations;
        this.admission = admission;
        this.reloads = reloads;
        this.drainTimeout = drainTimeout;
        this.webServer = webServer;
        this.health = health;
        this.built = built;
        this.expiry = expiry;
        this.retention = retention;
        this.mcp = mcp;
        this.telemetry = telemetry;
        this.slowClients = slowClients;
        this.vectors = vectors;
    }

    /**
     * Compiles every route and starts listening, without reloads ({@code POST /v1/admin/reload} answers 409).
     *
     * @throws ConfigException when no authenticator is configured: the gateway never serves anonymously
     */
    public static AegisServer start(Kernel kernel, ServerConfig config) {
        return start(kernel, config, Optional.empty());
    }

    /**
     * Compiles every route and starts listening; {@link #reloads()} loads the file of {@code options}
     * again into the running server. The server owns {@code kernel} from now on and closes it, and
     * every later load, after their last run.
     *
     * @throws ConfigException when no authenticator is configured: the gateway never serves anonymously
     */
    public static AegisServer start(Kernel kernel, ServerConfig config, KernelOptions options) {
        return start(kernel, config, Optional.of(options));
    }

    private static AegisServer start(Kernel kernel, ServerConfig config, Optional<KernelOptions> reloadFrom) {
        Assembly assembly = kernel.assembly();
        Telemetry telemetry = Telemetry.start(assembly.telemetry(),
                assembly.sectionOr(ObservabilityConfig.SECTION, ObservabilityConfig.class, ObservabilityConfig.DEFAULTS));
        GatewayAssembly built;
        RetentionSweeper sweeper;
        try {
            built = GatewayAssembly.build(assembly, config, telemetry::instrument);
            sweeper = RetentionSweeps.sweeper(assembly, built.store());
        } catch (RuntimeException e) {
            telemetry.close();
            throw e;
        }
        DurableStore store = built.store();
        Optional<AuditLog> audit = built.audit();
        Gateway gateway = built.gateway();
        RunRecorder runs = built.recorder();
        ApprovalsConfig approvalsConfig = built.approvals();
        telemetry.observePendingApprovals(() -> store.approvals().pending().stream().collect(
                java.util.stream.Collectors.groupingBy(dev.aegis.runtime.durable.Approval::route, java.util.stream.Collectors.counting())));
        Generations<Kernel> generations = new Generations<>(kernel);
        telemetry.observeGauges(() -> generations.current().assembly().instancesOf(GaugeSource.class));
        Admission admission = new Admission(generations, McpEndpoint.PATH);
        Optional<ConfigReloads> reloads = reloadFrom.map(from -> new ConfigReloads(from, generations, built, assembly.resources().keySet(),
                telemetry.openTelemetry()));
        ReloadHandler reloadHandler = new ReloadHandler(() -> reloads.map(ConfigReloads::status).orElse(new ReloadStatus(0, Optional.empty())),
                reloads.map(r -> r::reload), config.adminRole());
        RequestBodies bodies = new RequestBodies(config.maxRequestBytes());
        RequestParameters parameters = new RequestParameters(
                assembly.sectionOr(PrivacyConfig.SECTION, PrivacyConfig.class, PrivacyConfig.DEFAULTS).userIdKey());
        Health health = new Health();
        ChatCompletionsHandler chat = new ChatCompletionsHandler(gateway, bodies, new PausedWait(runs, approvalsConfig.waitForDecision(), admission::draining), parameters);
        RunsHandler runsHandler = new RunsHandler(gateway, bodies, runs, approvalsConfig.role(), parameters);
        ApprovalsHandler approvals = new ApprovalsHandler(built.approvalDesk(), bodies);
        ToolPinsHandler toolPins = new ToolPinsHandler(built.toolPinDesk(), bodies);
        CatalogHandlers catalog = new CatalogHandlers(gateway);
        EmbeddingsHandler embeddings = new EmbeddingsHandler(gateway, bodies);
        McpEndpoint mcp = McpEndpoint.create(new GatewayTools(gateway, runs, store.approvals(), approvalsConfig.role()), store.database(), config.maxRequestBytes(),
                config.mcpAllowedOrigins());
        for (String name : assembly.resources().keySet()) {
            if (BUILT_IN.contains(name)) {
                throw ConfigException.of("", "a plugin publishes a resource named '" + name + "', which is one of the gateway's own: " + BUILT_IN);
            }
        }
        VectorStoreApi vectors;
        try {
            vectors = VectorStoreApi.create(assembly, store, runs, bodies);
        } catch (RuntimeException e) {
            telemetry.close();
            built.close();
            throw e;
        }
        SlowClients slowClients = new SlowClients(config.headerTimeout(), config.bodyTimeout(), config.maxConnectionsPerClient());
        WebServer webServer = WebServer.builder()
                // our own HTTP/1 connections only: slow clients bounded, HTTP/1.0 (a reverse proxy's default) answered
                .update(slowClients::install)
                .host(config.host())
                .port(config.port())
                // A backstop only: bodies are measured against the limit before parsing, with an OpenAI-style 413.
                .maxPayloadSize(Math.max(config.maxRequestBytes() * 2, vectors.maxRequestBytes() + 1))
                .shutdownHook(false)
                // small responses and SSE events must leave at once, not wait for the client's delayed ACK
                .connectionOptions(options -> options.tcpNoDelay(true))
                // errors Helidon answers before routing (400, 413, 414, 505) in OpenAI's shape
                .directHandlers(ServerErrors.direct())
                .routing(routing -> {
                    routing.addFilter(Http1Connections.closeWhenAsked());
                    routing.addFilter(slowClients.filter());
                    ServerErrors.register(routing);
                    telemetry.register(routing);
                    routing.addFilter(admission);
                    routing.addFilter(new AuthFilter(gateway))
                            .post("/v1/chat/completions", chat)
                            .post("/v1/embeddings", embeddings::handle)
                            .get("/v1/models", catalog::models)
                            .get("/v1/routes", catalog::routes)
                            .post("/v1/runs", runsHandler::create)
                            .get("/v1/runs/{id}", runsHandler::get)
                            .get("/v1/approvals", approvals::list)
                            .get("/v1/approvals/{id}", approvals::get)
                            .post("/v1/approvals/{id}/approve", approvals::approve)
                            .post("/v1/approvals/{id}/reject", approvals::reject)
                            .get("/v1/tool-pins", toolPins::list)
                            .post("/v1/tool-pins/approve", toolPins::approve)
                            .get("/v1/admin/reload", reloadHandler::get)
                            .post("/v1/admin/reload", reloadHandler::post)
                            .get("/healthz", health::live)
                            .get("/readyz", health::ready)
                            .get("/openapi.json", health::openApi);
                    vectors.register(routing);
                    mcp.register(routing);
                    audit.ifPresent(log -> {
                        AuditHandler handler = new AuditHandler(log);
                        routing.get("/v1/audit", handler::list).get("/v1/audit/verify", handler::verify);
                    });
                    assembly.resources().keySet().forEach(name -> routing.get("/v1/" + name,
                            new ResourceHandler(name, published -> Optional.ofNullable(generations.current().assembly().resources().get(published)))));
                })
                .build()
                .start();
        health.ready(true);
        built.started();
        Thread expiry = ApprovalExpiry.start(store);
        Optional<Thread> retention = RetentionSweeps.start(sweeper, assembly.sectionOr(RetentionConfig.SECTION, RetentionConfig.class,
                RetentionConfig.DEFAULTS).sweepInterval());
        return new AegisServer(webServer, health, built, expiry, retention, mcp, telemetry, slowClients, vectors, generations, admission, reloads,
                config.drainTimeout());
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return webServer.port();
    }

    /** Loads the configuration file again into this server; empty when it was started without the options to. */
    public Optional<ConfigReloads> reloads() {
        return reloads;
    }

    /**
     * Stops taking work and lets what was admitted finish: readiness turns false at once (liveness
     * stays), new API requests are answered 503 {@code shutting_down}, requests waiting for an
     * approval are answered that the run waits (it stays in the store for any instance), and running
     * requests and SSE streams go on until they end or {@code server.drain-timeout} passes.
     *
     * @return whether every admitted request finished within the bound
     */
    public boolean drain() throws InterruptedException {
        health.ready(false);
        admission.drain();
        boolean idle = generations.awaitIdle(drainTimeout);
        if (idle) {
            LOG.info("drained: every admitted request finished");
        } else {
            LOG.warning(generations.leases() + " requests still running after the drain timeout of " + drainTimeout + "; stopping them");
        }
        return idle;
    }

    /**
     * Stops accepting work: readiness turns false first, so a load balancer drains the instance; the
     * audit records still queued are written, and every load of the configuration is closed. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        health.ready(false);
        mcp.close();
        webServer.stop();
        slowClients.close();
        vectors.close();
        expiry.interrupt();
        retention.ifPresent(Thread::interrupt);
        // before the store: the last metric collection still reads the paused runs from it
        telemetry.close();
        built.close();
        generations.closeAll();
    }
}
