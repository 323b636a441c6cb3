package dev.aegis.runtime.internal.steps;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.ExecutePlan;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.runtime.RetryBackoff;
import dev.aegis.runtime.internal.graph.NodeNames;
import dev.aegis.runtime.internal.stream.EgressGate;
import dev.aegis.runtime.internal.stream.StreamingAttempt;
import java.util.List;
import java.util.Map;

/**
 * The execute stage: asks the first eligible target that answers, blocking or streamed. Retrieved
 * passages go to the model with the request only ({@link ReferencePassages}), never into the conversation.
 */
public final class ExecuteStep implements RouteStep {

    private final Map<String, ProviderBinding> providers;
    private final ProviderFallback fallback;
    private final EgressGate gate;

    public ExecuteStep(ExecutePlan plan, RetryBackoff backoff, ProviderBreakers breakers, EgressGate gate) {
        this.providers = Eligible.byName(plan.providers());
        this.fallback = new ProviderFallback(plan.retries(), backoff, breakers);
        this.gate = gate;
    }

    @Override
    public RunState apply(RunState state, RunContext context) {
        List<Eligible> eligible = Eligible.resolve(state.targets(), providers);
        if (eligible.isEmpty()) {
            return state.apply(StateDelta.empty().halt(
                    new Halt.Refused(NodeNames.EXECUTE, RouterStep.NO_ELIGIBLE_TARGET, RouterStep.NO_ELIGIBLE_TARGET_REASON)));
        }
        ChatRequest request = request(state);
        ProviderAttempt attempt = context.stream()
                .<ProviderAttempt>map(session -> new StreamingAttempt(session, gate))
                .orElse(BlockingAttempt.INSTANCE);
        return fallback.run(state, eligible, request, attempt);
    }

    // Built anew for every round of the tool loop, and shared by every attempt and fallback target.
    private static ChatRequest request(RunState state) {
        ChatOptions options = state.getOrDefault(RunState.CHAT_OPTIONS, ChatOptions.DEFAULTS);
        List<Message> messages = ReferencePassages.around(state.messages(), state.getOrDefault(RunState.PASSAGES, List.of()));
        return new ChatRequest(options.model(), messages, options.tools(), options.parameters());
    }
}
