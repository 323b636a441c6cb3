package dev.aegis.runtime.internal.steps;

import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.stream.StreamSession;
import java.util.List;

/**
 * A guard as a step: scans each site of the conversation in turn, rewrites what it sanitizes and
 * stops at the first block or approval request. At ingress it then scans the request's other
 * model-visible fields ({@link RequestFields}) and the passages retrieved so far
 * ({@link PassageScan}: a blocked passage is withheld, not the run refused).
 */
public final class GuardStep implements RouteStep {

    public enum Stage {
        INGRESS,
        EGRESS
    }

    private final GuardCall call;
    private final Stage stage;

    public GuardStep(GuardCall call, Stage stage) {
        this.call = call;
        this.stage = stage;
    }

    @Override
    public RunState apply(RunState state, RunContext context) {
        if (stage == Stage.EGRESS && context.stream().filter(StreamSession::gated).isPresent()) {
            // The response gate already judged this streamed answer, window by window.
            return state;
        }
        List<ScanSite> sites = stage == Stage.INGRESS
                ? ScanSite.ingress(state.messages(), call.guard().targets())
                : ScanSite.egress(state.messages(), call.guard().targets());
        RunState scanned = call.enforce(state, sites, site -> java.util.Optional.empty());
        if (stage == Stage.EGRESS || scanned.halt().isPresent()) {
            return scanned;
        }
        // names, tool definitions and parameters reach the model too, and so do retrieved passages
        RunState fields = RequestFields.enforce(call, scanned);
        return fields.halt().isPresent() ? fields : PassageScan.enforce(call, fields);
    }
}
