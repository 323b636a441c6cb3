package dev.aegis.runtime;

import static dev.aegis.runtime.TestRoute.request;
import static dev.aegis.runtime.TestRoute.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.Event;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamedEventsTest {

    private final FakeProvider provider = FakeProvider.answering("unused").streamingText("all good here", 3);

    @ParameterizedTest(name = "through the graph: {0}")
    @ValueSource(booleans = {true, false})
    void aStreamedRunHandsItsListenerEveryEventOnceInOrderBeforeItsEnd(boolean throughGraph) {
        RecordingListener listener = new RecordingListener(provider);
        TestRoute route = route().provider("main", provider).ingress("screen", FakeGuard.allowing()).egress("tone", FakeGuard.allowing());

        RunResult result = compile(route, throughGraph).stream(request("hello"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.events).isEqualTo(result.state().events());
        assertThat(listener.events.getFirst().type()).isEqualTo(Event.RUN_STARTED);
        assertThat(listener.events.getLast().type()).isEqualTo(Event.COMPLETED);
        assertThat(listener.ends).containsExactly(result);
    }

    @ParameterizedTest(name = "through the graph: {0}")
    @ValueSource(booleans = {true, false})
    void anIngressVerdictReachesTheListenerAsItsStepEndsBeforeAnyText(boolean throughGraph) {
        RecordingListener listener = new RecordingListener(provider);
        TestRoute route = route().provider("main", provider).ingress("screen", FakeGuard.allowing());

        compile(route, throughGraph).stream(request("hello"), listener);

        int verdict = indexOf(listener, Event.VERDICT);
        assertThat(listener.textAtEvent.get(verdict)).isZero();
        assertThat(listener.textAtEvent.get(indexOf(listener, Event.COMPLETED))).isEqualTo("all good here".length());
    }

    @ParameterizedTest(name = "through the graph: {0}")
    @ValueSource(booleans = {true, false})
    void aRefusedStreamedRunSendsItsRefusalEventAndNoText(boolean throughGraph) {
        RecordingListener listener = new RecordingListener(provider);
        TestRoute route = route().provider("main", provider).ingress("screen", FakeGuard.blocking("hello"));

        RunResult result = compile(route, throughGraph).stream(request("hello"), listener);

        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(listener.text).isEmpty();
        assertThat(listener.events).extracting(Event::type).containsExactly(Event.RUN_STARTED, Event.VERDICT, Event.REFUSED);
    }

    private static CompiledRoute compile(TestRoute route, boolean throughGraph) {
        Function<TestRoute, CompiledRoute> compiler = throughGraph ? TestRoute::compile : TestRoute::compileDirect;
        return compiler.apply(route);
    }

    private static int indexOf(RecordingListener listener, String type) {
        for (int i = 0; i < listener.events.size(); i++) {
            if (listener.events.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no '" + type + "' event in " + listener.events);
    }
}
