package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.events;
import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingGateTest {

    private static final String TEXT = "We think secret plans are afoot";

    @Test
    void withoutEgressGuardsTextIsReleasedAsItArrives() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText("Hello world", 3);
        RecordingListener listener = new RecordingListener(provider);

        RunResult result = route().provider("main", provider).compile().stream(request("hi"), listener);

        assertThat(listener.deltas).containsExactly("Hel", "lo ", "wor", "ld");
        assertThat(listener.pulledAtRelease).containsExactly(1, 2, 3, 4);
        assertThat(listener.ends).containsExactly(result);
        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.finishReason()).hasValue("stop");
        assertThat(result.usage().totalTokens()).isEqualTo(8);
        assertThat(result.answer()).map(Message::content).hasValue("Hello world");
        assertThat(provider.closed).isOne();
        assertThat(provider.callers).containsOnly(Thread.currentThread());
    }

    @Test
    void aWindowGuardsLastScanIsTheHeldTailMarkedAsTheEnd() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText("Hello world, how are you", 4);
        RecordingListener listener = new RecordingListener(provider);
        FakeGuard guard = FakeGuard.blocking("secret").streaming(StreamingGuarantee.window(6));

        RunResult result = route().provider("main", provider).egress("no-secrets", guard).compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.text).hasToString("Hello world, how are you");
        assertThat(guard.scanned).last().satisfies(last -> {
            assertThat(last.partial()).as("the end is scanned as the end").isFalse();
            assertThat(last.text()).isEqualTo("re you");
        });
        assertThat(guard.scanned.subList(0, guard.scanned.size() - 1)).isNotEmpty().allMatch(Content::partial);
    }

    @Test
    void aWindowGuardNeverReleasesABlockedCharacterWhateverTheChunking() {
        int blockedAt = TEXT.indexOf("secret");
        for (int chunk = 1; chunk <= 12; chunk++) {
            for (int window = 6; window <= 9; window++) {
                FakeProvider provider = FakeProvider.answering("unused").streamingText(TEXT, chunk);
                RecordingListener listener = new RecordingListener(provider);
                FakeGuard guard = FakeGuard.blocking("secret").streaming(StreamingGuarantee.window(window));

                RunResult result = route().provider("main", provider).egress("no-secrets", guard).compile().stream(request("hi"), listener);

                assertThat(result.status()).as("chunk %d window %d", chunk, window).isEqualTo(RunStatus.REFUSED);
                assertThat(listener.text.length()).as("chunk %d window %d", chunk, window).isLessThanOrEqualTo(blockedAt);
                assertThat(TEXT).startsWith(listener.text.toString());
                assertThat(guard.scanned).allMatch(Content::partial);
                assertThat(provider.closed).isOne();
                assertThat(listener.ends).singleElement().extracting(RunResult::status).isEqualTo(RunStatus.REFUSED);
            }
        }
    }

    @Test
    void aWindowGuardSanitizesTheTextItHolds() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText(TEXT, 2);
        RecordingListener listener = new RecordingListener(provider);
        FakeGuard guard = FakeGuard.sanitizing("secret", "[redacted]").streaming(StreamingGuarantee.window(6));

        RunResult result = route().provider("main", provider).egress("mask", guard).compile().stream(request("hi"), listener);

        assertThat(listener.text).hasToString("We think [redacted] plans are afoot");
        assertThat(result.answer()).map(Message::content).hasValue("We think [redacted] plans are afoot");
        assertThat(events(result, Event.VERDICT)).extracting(event -> event.attributes().get("decision")).containsExactly("sanitize");
    }

    @Test
    void aWindowGuardThatNeverObjectsLeavesOneVerdict() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText(TEXT, 3);
        FakeGuard guard = FakeGuard.allowing().streaming(StreamingGuarantee.window(4));

        RunResult result = route().provider("main", provider).egress("tone", guard).compile().stream(request("hi"), new RecordingListener(provider));

        assertThat(guard.scanned.size()).isGreaterThan(1);
        assertThat(events(result, Event.VERDICT)).singleElement().satisfies(event -> assertThat(event.attributes())
                .containsEntry("decision", "allow").containsEntry("streaming", "window(4)"));
    }

    @Test
    void aFullContextGuardHoldsEverythingUntilTheStreamEnded() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText(TEXT, 4);
        RecordingListener listener = new RecordingListener(provider);

        RunResult result = route().provider("main", provider).egress("tone", FakeGuard.allowing()).compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.deltas).containsExactly(TEXT);
        assertThat(listener.closedAtRelease).containsOnly(1);
    }

    @Test
    void aFullContextBlockReleasesNothing() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText(TEXT, 4);
        RecordingListener listener = new RecordingListener(provider);

        RunResult result = route().provider("main", provider).egress("no-secrets", FakeGuard.blocking("afoot"))
                .compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(listener.text).isEmpty();
        assertThat(listener.ends).singleElement().extracting(RunResult::status).isEqualTo(RunStatus.REFUSED);
    }

    @Test
    void anEgressNodeHoldsTheStreamAndMayRewriteIt() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText("Hello world", 2);
        RecordingListener listener = new RecordingListener(provider);

        RunResult result = route().provider("main", provider)
                .egress("tone", FakeGuard.allowing().streaming(StreamingGuarantee.window(3)))
                .egressNode("rewrite", state -> StateDelta.of(RunState.MESSAGES, rewriteLast(state, "Hello there")))
                .compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.deltas).containsExactly("Hello there");
        assertThat(listener.closedAtRelease).containsOnly(1);
    }

    @Test
    void aPostHocGuardRecordsWhatItCouldNotStop() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText(TEXT, 5);
        RecordingListener listener = new RecordingListener(provider);
        FakeGuard guard = FakeGuard.blocking("secret").streaming(StreamingGuarantee.postHoc());

        RunResult result = route().provider("main", provider).egress("audit", guard).compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.text).hasToString(TEXT);
        assertThat(listener.pulledAtRelease.get(0)).isOne();
        assertThat(guard.scanned).singleElement().satisfies(content -> assertThat(content.text()).isEqualTo(TEXT));
        assertThat(events(result, Event.VERDICT)).singleElement().satisfies(event -> assertThat(event.attributes())
                .containsEntry("decision", "block").containsEntry("enforced", "false").containsEntry("streaming", "post-hoc"));
    }

    @Test
    void windowAndPostHocGuardsChainInRouteOrder() {
        FakeProvider provider = FakeProvider.answering("unused").streamingText(TEXT, 3);
        RecordingListener listener = new RecordingListener(provider);
        FakeGuard audit = FakeGuard.allowing().streaming(StreamingGuarantee.postHoc());

        route().provider("main", provider)
                .egress("mask", FakeGuard.sanitizing("secret", "[redacted]").streaming(StreamingGuarantee.window(6)))
                .egress("audit", audit)
                .compile().stream(request("hi"), listener);

        assertThat(audit.scanned).singleElement().satisfies(content -> assertThat(content.text()).contains("[redacted]").doesNotContain("secret"));
    }

    private static List<Message> rewriteLast(RunState state, String text) {
        List<Message> messages = new ArrayList<>(state.messages());
        messages.set(messages.size() - 1, messages.get(messages.size() - 1).withContent(text));
        return List.copyOf(messages);
    }
}
