package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ProviderException.Failure;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.OnError;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Routes with {@code durability: none} walk the chain without the graph engine: the outcome must be the same to the event. */
class DirectChainTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                scenario("allowed", () -> TestRoute.route().ingress("guard", FakeGuard.allowing()).provider("main", FakeProvider.answering("hi")), "hello"),
                scenario("sanitized both ways", () -> TestRoute.route().ingress("guard", FakeGuard.sanitizing("secret", "[X]"))
                        .provider("main", FakeProvider.answering("a secret answer")).egress("out", FakeGuard.sanitizing("secret", "[Y]")), "my secret"),
                scenario("blocked at ingress", () -> TestRoute.route().ingress("guard", FakeGuard.blocking("acme")).provider("main", FakeProvider.answering("hi")), "acme?"),
                scenario("approval", () -> TestRoute.route().ingress("guard", FakeGuard.requiringApproval("wire")).provider("main", FakeProvider.answering("hi")), "wire it"),
                scenario("failing guard fails closed", () -> TestRoute.route().ingress("guard", FakeGuard.failing("boom")).provider("main", FakeProvider.answering("hi")), "x"),
                scenario("failing guard allowed", () -> TestRoute.route().ingress("guard", FakeGuard.failing("boom"), OnError.ALLOW)
                        .provider("main", FakeProvider.answering("hi")), "x"),
                scenario("router leaves nothing", () -> TestRoute.route().router("none", state -> StateDelta.of(dev.aegis.api.state.RunState.TARGETS, List.of()))
                        .provider("main", FakeProvider.answering("hi")), "x"),
                scenario("retry then fallback", () -> TestRoute.route().retries(1)
                        .provider("first", FakeProvider.answering("no").failingFirst(Failure.UNAVAILABLE, Failure.UNAVAILABLE))
                        .provider("second", FakeProvider.answering("yes")), "x"),
                scenario("not retryable", () -> TestRoute.route().provider("first", FakeProvider.answering("no").failingFirst(Failure.REJECTED))
                        .provider("second", FakeProvider.answering("yes")), "x"),
                scenario("blocked at egress", () -> TestRoute.route().provider("main", FakeProvider.answering("buy acme")).egress("out", FakeGuard.blocking("acme")), "x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aRouteWithoutDurabilityEndsExactlyAsThroughTheGraph(String name, Supplier<TestRoute> route, String prompt) {
        RunResult graph = route.get().compile().invoke(TestRoute.request(prompt));
        RunResult direct = route.get().compileDirect().invoke(TestRoute.request(prompt));

        assertSameOutcome(direct, graph);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamingScenarios")
    void aStreamedRunWithoutDurabilityEndsExactlyAsThroughTheGraph(String name, Supplier<TestRoute> route) {
        TextListener graphListener = new TextListener();
        TextListener directListener = new TextListener();
        RunResult graph = route.get().compile().stream(TestRoute.request("hi"), graphListener);
        RunResult direct = route.get().compileDirect().stream(TestRoute.request("hi"), directListener);

        assertSameOutcome(direct, graph);
        assertThat(directListener.text.toString()).isEqualTo(graphListener.text.toString());
    }

    static Stream<Arguments> streamingScenarios() {
        return Stream.of(
                Arguments.of("streamed", (Supplier<TestRoute>) () -> TestRoute.route().provider("main", FakeProvider.answering("x").streamingText("Hello there", 3))),
                Arguments.of("window guard blocks", (Supplier<TestRoute>) () -> TestRoute.route()
                        .provider("main", FakeProvider.answering("x").streamingText("all about acme corp", 2))
                        .egress("out", FakeGuard.blocking("acme").streaming(StreamingGuarantee.window(8)))),
                Arguments.of("cut mid-way", (Supplier<TestRoute>) () -> TestRoute.route()
                        .provider("main", FakeProvider.answering("x").streaming(ChatChunk.text("Hel"), FakeProvider.failure(Failure.UNAVAILABLE)))));
    }

    private static final class TextListener implements StreamListener {
        final StringBuilder text = new StringBuilder();

        @Override
        public void onText(String delta) {
            text.append(delta);
        }

        @Override
        public void onToolCall(dev.aegis.api.model.ToolCallDelta delta) {}

        @Override
        public void onEnd(RunResult result) {}
    }

    private static void assertSameOutcome(RunResult direct, RunResult graph) {
        assertThat(direct.status()).isEqualTo(graph.status());
        assertThat(direct.halt()).isEqualTo(graph.halt());
        assertThat(direct.failure().map(failure -> failure.code())).isEqualTo(graph.failure().map(failure -> failure.code()));
        assertThat(direct.state().messages()).isEqualTo(graph.state().messages());
        assertThat(direct.usage()).isEqualTo(graph.usage());
        assertThat(withoutTimes(direct.state().events())).isEqualTo(withoutTimes(graph.state().events()));
    }

    private static List<String> withoutTimes(List<Event> events) {
        return events.stream().map(event -> event.source() + "|" + event.type() + "|" + event.detail() + "|" + event.attributes()).toList();
    }

    private static Arguments scenario(String name, Supplier<TestRoute> route, String prompt) {
        return Arguments.of(name, route, prompt);
    }
}
