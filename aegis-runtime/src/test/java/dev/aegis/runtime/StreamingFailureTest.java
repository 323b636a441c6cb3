package dev.aegis.runtime;

import static dev.aegis.api.model.ProviderException.Failure.FAILED;
import static dev.aegis.api.model.ProviderException.Failure.UNAVAILABLE;
import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Usage;
import org.junit.jupiter.api.Test;

class StreamingFailureTest {

    private final FakeProvider secondary = FakeProvider.answering("unused").streamingText("fine", 10);

    @Test
    void aStreamCutAfterTextWasReleasedEndsFailedAndIsNotRetried() {
        FakeProvider primary = FakeProvider.answering("unused")
                .streaming(ChatChunk.text("Hel"), ChatChunk.text("lo"), FakeProvider.failure(UNAVAILABLE));
        RecordingListener listener = new RecordingListener(primary);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).retries(2)
                .compile().stream(request("hi"), listener);

        assertThat(listener.text).hasToString("Hello");
        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failure()).map(ProviderException::code).hasValue("upstream_unavailable");
        assertThat(result.finishReason()).isEmpty();
        assertThat(listener.ends).singleElement().extracting(RunResult::status).isEqualTo(RunStatus.FAILED);
        assertThat(primary.calls()).isOne();
        assertThat(secondary.calls()).isZero();
        assertThat(primary.closed).isOne();
    }

    @Test
    void aStreamEndingWithoutAFinishReasonIsACutNotAnAnswer() {
        FakeProvider primary = FakeProvider.answering("unused").streaming(ChatChunk.text("Hello"));
        RecordingListener listener = new RecordingListener(primary);

        RunResult result = route().provider("primary", primary).compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failure()).map(ProviderException::code).hasValue("upstream_error");
        assertThat(result.finishReason()).isEmpty();
    }

    @Test
    void aFailureBeforeTheFirstChunkFallsBackToTheNextTarget() {
        FakeProvider primary = FakeProvider.answering("unused").streaming(FakeProvider.failure(UNAVAILABLE));
        RecordingListener listener = new RecordingListener(primary);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.text).hasToString("fine");
        assertThat(primary.closed).isOne();
    }

    @Test
    void aHeldAnswerCutMidwayStillFallsBackBecauseNothingWasReleased() {
        FakeProvider primary = FakeProvider.answering("unused")
                .streaming(ChatChunk.text("partial "), FakeProvider.failure(UNAVAILABLE));
        RecordingListener listener = new RecordingListener(primary);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary)
                .egress("tone", FakeGuard.allowing()).compile().stream(request("hi"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.text).hasToString("fine");
    }

    @Test
    void openingFailuresAreRetriedBeforeFallingBack() {
        FakeProvider primary = FakeProvider.answering("unused").failingFirst(UNAVAILABLE).streamingText("second try", 4);
        RecordingListener listener = new RecordingListener(primary);

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).retries(1)
                .compile().stream(request("hi"), listener);

        assertThat(listener.text).hasToString("second try");
        assertThat(primary.calls()).isEqualTo(2);
        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aNonRetryableFailureDoesNotFallBack() {
        FakeProvider primary = FakeProvider.answering("unused").streaming(FakeProvider.failure(FAILED));

        RunResult result = route().provider("primary", primary).provider("secondary", secondary).compile()
                .stream(request("hi"), new RecordingListener(primary));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(secondary.calls()).isZero();
    }

    @Test
    void aListenerThatFailsAbortsTheRunAndCancelsTheUpstream() {
        FakeProvider primary = FakeProvider.answering("unused")
                .streaming(ChatChunk.text("a"), ChatChunk.text("b"), ChatChunk.finish("stop", Usage.ZERO));
        RecordingListener gone = new RecordingListener(primary) {
            @Override
            public void onText(String delta) {
                throw new IllegalStateException("client went away");
            }
        };

        assertThatThrownBy(() -> route().provider("primary", primary).compile().stream(request("hi"), gone))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("client went away");
        assertThat(primary.closed).isOne();
        assertThat(primary.pulled).isOne();
    }

    @Test
    void aRefusedIngressEndsTheStreamWithoutCallingTheProvider() {
        FakeProvider primary = FakeProvider.answering("unused").streamingText("never", 2);
        RecordingListener listener = new RecordingListener(primary);

        RunResult result = route().ingress("gate", FakeGuard.blocking("bad")).provider("primary", primary).compile()
                .stream(request("bad"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(primary.calls()).isZero();
        assertThat(listener.text).isEmpty();
        assertThat(listener.ends).containsExactly(result);
    }
}
