package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamingToolCallTest {

    private static ChatChunk call(int index, String id, String name, String arguments) {
        return new ChatChunk("", List.of(new ToolCallDelta(index, Optional.ofNullable(id), Optional.ofNullable(name), arguments)),
                Optional.empty(), Optional.empty());
    }

    private final FakeProvider provider = FakeProvider.answering("unused").streaming(
            call(0, "c1", "transfer", "{\"to\":\"Ac"),
            call(0, null, null, "me\"}"),
            ChatChunk.finish("tool_calls", Usage.ofTokens(1, 1)));

    @Test
    void toolCallFragmentsFlowAsTheyComeWhenNoGuardWatchesThem() {
        RecordingListener listener = new RecordingListener(provider);

        RunResult result = route().provider("main", provider).compile().stream(request("pay"), listener);

        assertThat(listener.toolCalls).hasSize(2);
        assertThat(result.finishReason()).hasValue("tool_calls");
        assertThat(result.answer().orElseThrow().toolCalls()).containsExactly(new ToolCall("c1", "transfer", "{\"to\":\"Acme\"}"));
    }

    @Test
    void aWindowGuardOnArgumentsHoldsTheCallsAndBlocksThemWhole() {
        RecordingListener listener = new RecordingListener(provider);
        FakeGuard guard = FakeGuard.blocking("Acme").streaming(StreamingGuarantee.window(8)).targets(ScanTarget.TOOL_ARGUMENTS);

        RunResult result = route().provider("main", provider).egress("payees", guard).compile().stream(request("pay"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(listener.toolCalls).isEmpty();
        assertThat(guard.scanned).singleElement().satisfies(content -> assertThat(content.text()).isEqualTo("{\"to\":\"Acme\"}"));
    }

    @Test
    void heldCallsThatPassAreReleasedWhole() {
        RecordingListener listener = new RecordingListener(provider);
        FakeGuard guard = FakeGuard.sanitizing("Acme", "ACME").streaming(StreamingGuarantee.window(8)).targets(ScanTarget.TOOL_ARGUMENTS);

        RunResult result = route().provider("main", provider).egress("payees", guard).compile().stream(request("pay"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.toolCalls).containsExactly(new ToolCallDelta(0, Optional.of("c1"), Optional.of("transfer"), "{\"to\":\"ACME\"}"));
        assertThat(result.answer().orElseThrow().toolCalls()).extracting(ToolCall::arguments).containsExactly("{\"to\":\"ACME\"}");
    }

    @Test
    void aHeldAnswerReleasesItsToolCallsWholeAtTheEnd() {
        RecordingListener listener = new RecordingListener(provider);

        route().provider("main", provider).egress("tone", FakeGuard.allowing()).compile().stream(request("pay"), listener);

        assertThat(listener.toolCalls).containsExactly(new ToolCallDelta(0, Optional.of("c1"), Optional.of("transfer"), "{\"to\":\"Acme\"}"));
        assertThat(listener.closedAtRelease).containsOnly(1);
    }
}
