package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Target;
import dev.aegis.api.state.Usage;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.ExecutePlan;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RetryBackoff;
import dev.aegis.runtime.RouteCompiler;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunStatus;
import dev.aegis.runtime.StreamListener;
import dev.aegis.testkit.FakeModelProvider;
import dev.aegis.testkit.TestRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams an answer through the real runtime (a compiled route whose only egress step is the
 * scanner), chunked as a test says, and records what the client would have received.
 */
final class StreamingGate {

    /** What reached the client, and how the run ended. */
    record Streamed(String released, RunStatus status, String answer) {}

    private StreamingGate() {}

    static Streamed stream(Guardrail scanner, List<String> chunks) {
        List<ChatChunk> stream = new ArrayList<>();
        chunks.stream().filter(chunk -> !chunk.isEmpty()).map(ChatChunk::text).forEach(stream::add);
        stream.add(ChatChunk.finish("stop", Usage.ZERO));
        FakeModelProvider provider = new FakeModelProvider().thenStream(stream);
        Step step = new Step("egress.1.scanner", "scanner", new Step.GuardAction(scanner), OnError.BLOCK);
        RoutePlan plan = new RoutePlan("scanners", List.of("scanners-model"), List.of(), Optional.empty(),
                new ExecutePlan(List.of(new ProviderBinding("main", "fake", provider, Target.of("main"))), 0), List.of(step), Durability.NONE);
        CompiledRoute route = new RouteCompiler(RetryBackoff.NONE).compile(plan, Hooks.none());
        StringBuilder released = new StringBuilder();
        RunResult result = route.stream(TestRuns.state("hi"), new StreamListener() {
            @Override
            public void onText(String text) {
                released.append(text);
            }

            @Override
            public void onToolCall(ToolCallDelta delta) {}

            @Override
            public void onEnd(RunResult result) {}
        });
        return new Streamed(released.toString(), result.status(), result.answer().map(message -> message.content()).orElse(""));
    }

    /** The text cut in two at {@code at}. */
    static List<String> splitAt(String text, int at) {
        return List.of(text.substring(0, at), text.substring(at));
    }

    /** The text in pieces of {@code size} characters (the last may be shorter). */
    static List<String> piecesOf(String text, int size) {
        List<String> pieces = new ArrayList<>();
        for (int at = 0; at < text.length(); at += size) {
            pieces.add(text.substring(at, Math.min(text.length(), at + size)));
        }
        return pieces;
    }
}
