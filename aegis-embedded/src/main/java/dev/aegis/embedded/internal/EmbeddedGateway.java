package dev.aegis.embedded.internal;

import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.AegisServer;
import dev.aegis.server.GatewayAssembly;
import dev.aegis.server.PrivacyConfig;
import dev.aegis.server.ServerConfig;
import dev.aegis.server.internal.ApprovalDesk;
import dev.aegis.server.internal.ApprovalExpiry;
import dev.aegis.server.internal.Authenticators;
import dev.aegis.server.internal.RequestParameters;
import dev.aegis.server.internal.ToolPinDesk;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The gateway inside the application: the kernel booted from {@code aegis.yaml} with the sections the
 * server's interfaces own, and the server's {@link GatewayAssembly} (state store, audit log, routes
 * compiled with the run-end sink), so a run here is recorded exactly as one served over HTTP.
 */
public final class EmbeddedGateway implements AutoCloseable {

    private final Kernel kernel;
    private final GatewayAssembly built;
    private final Authenticators authenticators;
    private final ApprovalDesk approvals;
    private final ToolPinDesk toolPins;
    private final RequestParameters parameters;
    private final Thread expiry;

    private EmbeddedGateway(Kernel kernel, GatewayAssembly built) {
        this.kernel = kernel;
        this.built = built;
        this.authenticators = new Authenticators(built.gateway().authenticators());
        this.approvals = built.approvalDesk();
        this.toolPins = built.toolPinDesk();
        this.parameters = new RequestParameters(
                kernel.assembly().sectionOr(PrivacyConfig.SECTION, PrivacyConfig.class, PrivacyConfig.DEFAULTS).userIdKey());
        this.expiry = ApprovalExpiry.start(built.store());
    }

    /** @throws dev.aegis.kernel.config.ConfigException listing every problem of the configuration */
    public static EmbeddedGateway open(KernelOptions options) {
        Kernel kernel = Kernel.boot(options.withSections(GatewayAssembly.SECTIONS));
        try {
            Assembly assembly = kernel.assembly();
            ServerConfig server = assembly.sectionOr(AegisServer.SECTION, ServerConfig.class, ServerConfig.defaults());
            GatewayAssembly built = GatewayAssembly.build(assembly, server, UnaryOperator.identity());
            built.started();
            return new EmbeddedGateway(kernel, built);
        } catch (RuntimeException e) {
            kernel.close();
            throw e;
        }
    }

    /** The principal the configured authenticators resolve from this API key, as if it came as {@code Authorization: Bearer}. */
    public Optional<Principal> authenticate(String apiKey) {
        return authenticators.authenticate(new Credentials(Map.of("authorization", List.of("Bearer " + apiKey))));
    }

    public GatewayAssembly assembly() {
        return built;
    }

    public Assembly kernelAssembly() {
        return kernel.assembly();
    }

    public ApprovalDesk approvals() {
        return approvals;
    }

    public ToolPinDesk toolPins() {
        return toolPins;
    }

    public RequestParameters parameters() {
        return parameters;
    }

    /** Stops sweeping expired approvals, writes the audit records still queued, closes the store and the plugins. */
    @Override
    public void close() {
        expiry.interrupt();
        built.close();
        kernel.close();
    }
}
