package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Errors.translated;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.RunState;
import dev.aegis.client.RunStream;
import dev.aegis.client.RunsApi;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunRequest;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.RunDocument;
import dev.aegis.server.internal.RunStart;

/** Governed runs, in-process: the route compiled by the gateway, invoked on the caller's thread. */
public final class EmbeddedRuns implements RunsApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedGateway gateway;
    private final Caller caller;

    public EmbeddedRuns(EmbeddedGateway gateway, Caller caller) {
        this.gateway = gateway;
        this.caller = caller;
    }

    /** A run about to start: as {@code POST /v1/runs} checks it. */
    record Started(CompiledRoute route, RunState state, ChatOptions options) {}

    @Override
    public Run create(RunRequest request) {
        return translated(() -> {
            Started run = start(request);
            return Documents.run(RunDocument.of(run.route().invoke(run.state(), run.options())));
        });
    }

    @Override
    public RunStream stream(RunRequest request) {
        Started run = translated(() -> start(request));
        return StreamedRun.start(run);
    }

    @Override
    public Run get(String runId) {
        return translated(() -> {
            Principal principal = caller.principal();
            byte[] document = gateway.assembly().recorder().document(runId, principal, principal.hasRole(gateway.assembly().approvals().role()))
                    .orElseThrow(() -> ApiError.notFound("run_not_found", "No run '" + runId + "' is known to this gateway for you."));
            return Documents.run(document);
        });
    }

    private Started start(RunRequest request) {
        Principal principal = caller.principal();
        if (request.route().isEmpty()) {
            throw ApiError.badRequest("missing_route", "'route' is required.", "route");
        }
        CompiledRoute route = gateway.assembly().gateway().route(request.route(), principal);
        RunState state = RunStart.state(route, principal, Messages.toGateway(request.messages()), request.labels());
        return new Started(route, state, RunStart.options(route, request.model(),
                gateway.parameters().sampling(JSON.valueToTree(request.parameters()))));
    }
}
