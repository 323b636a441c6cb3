package dev.aegis.runtime.internal.stream;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import dev.aegis.runtime.internal.steps.GuardCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tool calls of a streamed answer. Arguments are JSON, useless until whole: when an enforcing
 * guard wants them, the calls are held back, scanned whole at the end, then released; otherwise
 * they flow as they come and post-hoc guards read them at the end.
 */
final class ToolCallGate {

    private final List<GuardCall> enforcing;
    private final List<GuardCall> postHoc;
    private final Optional<StreamSession> release;
    private final boolean hold;
    private final ToolCallAssembler calls = new ToolCallAssembler();

    private final Set<String> internal;

    /** @param internal tools the gateway calls itself: their calls never reach the client */
    ToolCallGate(List<GuardCall> enforcing, List<GuardCall> postHoc, Optional<StreamSession> release, Set<String> internal) {
        this.enforcing = enforcing;
        this.postHoc = postHoc;
        this.release = release;
        this.hold = !enforcing.isEmpty();
        this.internal = internal;
    }

    void accept(ToolCallDelta delta) {
        calls.add(delta);
        if (!hold && !internal.contains(calls.name(delta.index()))) {
            release.ifPresent(session -> session.toolCall(delta));
        }
    }

    RunState finish(RunState state) {
        RunState current = scan(state, enforcing, GuardCall.Mode.ENFORCE);
        if (current.halt().isPresent()) {
            return current;
        }
        current = scan(current, postHoc, GuardCall.Mode.RECORD_ONLY);
        if (hold) {
            release.ifPresent(session -> calls.wholeDeltas().stream()
                    .filter(delta -> !internal.contains(delta.name().orElse("")))
                    .forEach(session::toolCall));
        }
        return current;
    }

    List<ToolCall> calls() {
        return calls.calls();
    }

    private RunState scan(RunState state, List<GuardCall> guards, GuardCall.Mode mode) {
        RunState current = state;
        for (int position = 0; position < calls.size(); position++) {
            for (GuardCall guard : guards) {
                ToolCall call = calls.calls().get(position);
                Map<String, String> where = Map.of("tool_call", call.id(), "streaming", mode == GuardCall.Mode.RECORD_ONLY ? "post-hoc" : "held");
                GuardCall.Scan scan = guard.scan(current, Content.of(ScanTarget.TOOL_ARGUMENTS, call.arguments()), where, mode);
                current = scan.state();
                if (current.halt().isPresent()) {
                    return current;
                }
                if (mode != GuardCall.Mode.RECORD_ONLY) {
                    int at = position;
                    scan.replacement().ifPresent(arguments -> calls.replaceArguments(at, arguments));
                }
            }
        }
        return current;
    }
}
